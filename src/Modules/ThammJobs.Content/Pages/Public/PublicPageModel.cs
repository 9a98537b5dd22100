using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public;

/// <summary>Base of the public pages: culture from the route, and the page's address in each language.</summary>
public abstract class PublicPageModel(LanguageAlternates alternates) : PageModel
{
    public string Culture => SiteCultures.Current;

    protected void SetAlternate(string culture, string path) => alternates.Set(culture, path);

    /// <summary>For pages that exist identically in both languages (home, lists).</summary>
    protected void SetAlternates(Func<string, string> pathFor)
    {
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, pathFor(culture));
        }
    }
}
