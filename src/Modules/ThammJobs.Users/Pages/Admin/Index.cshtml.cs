using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Core.Localization;
using ThammJobs.Users.Authorization;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>The back-office home: what the signed-in person may do.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel(LanguageAlternates alternates) : PageModel
{
    public void OnGet()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminUrls.Home(culture));
        }
    }
}
