using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>Sign-out, by POST only (a link or an image cannot sign anyone out).</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(AdminUrls.Login(SiteCultures.Current));
    }
}
