using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public.ContentPages;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class ShowModel(ContentQueries queries, LanguageAlternates alternates) : PublicPageModel(alternates)
{
    public ContentItem<Page> Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await queries.FindPublishedAsync<Page>(Culture, slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        await SetTranslationsAsync(queries, item.Version, cancellationToken);

        return Page();
    }
}
