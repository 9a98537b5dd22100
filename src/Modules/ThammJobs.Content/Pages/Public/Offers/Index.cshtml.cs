using Microsoft.AspNetCore.Mvc;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public.Offers;

/// <summary>Open offers, or closed ones with <c>?status=closed</c>. (The search issue turns this into the search page.)</summary>
public sealed class IndexModel(ContentQueries queries, TimeProvider clock, LanguageAlternates alternates) : PublicPageModel(alternates)
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public bool Closed => string.Equals(Status, "closed", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<ContentItem<JobOffer>> Offers { get; private set; } = [];

    public int OtherCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Offers = await queries.ListOffersAsync(Culture, open: !Closed, now, cancellationToken);
        OtherCount = await queries.CountOffersAsync(Culture, open: Closed, now, cancellationToken);
        SetAlternates(c => ContentUrls.Offers(c, Closed));
    }
}
