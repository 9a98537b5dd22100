using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Content.Editing;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Content;

/// <summary>
/// "New offer / project / page": picks a fresh translation-set id and opens the editor on it; nothing is stored
/// until the first save. Without a known type, the page offers the three.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Content.Edit")]
public sealed class NewModel(LanguageAlternates alternates) : PageModel
{
    public IActionResult OnGet(string? type)
    {
        if (type is not null && ContentTypes.All.Contains(type))
        {
            return Redirect(ContentAdminUrls.Edit(SiteCultures.Current, EditedSet.NewSetId(type)) + "?type=" + type);
        }

        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, $"/{culture}/admin/contenus/nouveau");
        }

        return Page();
    }
}
