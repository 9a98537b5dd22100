using Microsoft.AspNetCore.OutputCaching;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class HomeModel(ContentQueries queries, TimeProvider clock, LanguageAlternates alternates) : PublicPageModel(alternates)
{
    public IReadOnlyList<ContentItem<JobOffer>> OpenOffers { get; private set; } = [];

    public int ClosedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        OpenOffers = await queries.ListOffersAsync(Culture, open: true, now, cancellationToken);
        ClosedCount = await queries.CountOffersAsync(Culture, open: false, now, cancellationToken);
        SetAlternates(ContentUrls.Home);
    }
}
