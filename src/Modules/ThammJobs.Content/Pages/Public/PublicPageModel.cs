using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public;

/// <summary>Base of the public pages: culture from the route, and the page's address in each language.</summary>
public abstract class PublicPageModel(LanguageAlternates alternates) : PageModel
{
    public string Culture => SiteCultures.Current;

    /// <summary>For a content item: the published translations of its set, each at its own slug.</summary>
    protected async Task SetTranslationsAsync(ContentQueries queries, ContentItemVersion version, CancellationToken cancellationToken)
    {
        foreach (var (culture, slug) in await queries.PublishedSlugsAsync(version.TranslationSet, cancellationToken))
        {
            alternates.Set(culture, ContentUrls.For(version.ContentType, culture, slug));
        }
    }

    /// <summary>For pages that exist identically in both languages (home, lists).</summary>
    protected void SetAlternates(Func<string, string> pathFor)
    {
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, pathFor(culture));
        }
    }
}
