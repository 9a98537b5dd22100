using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>Staff sign-in. Five wrong passwords lock the account for 15 minutes; the message never says which part was wrong.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<StaffUser> signIn, LanguageAlternates alternates, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => SetPage();

    public async Task<IActionResult> OnPostAsync()
    {
        SetPage();
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Login.Missing";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Staff sign-in: {Email}", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : AdminUrls.Home(SiteCultures.Current));
        }

        if (result.RequiresTwoFactor)
        {
            // Right password, two-factor on: Identity keeps the pending sign-in in its two-factor cookie.
            var next = AdminUrls.LoginCode(SiteCultures.Current);
            return Redirect(Url.IsLocalUrl(ReturnUrl) ? next + "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl!) : next);
        }

        Error = result.IsLockedOut ? "Login.LockedOut" : "Login.Failed";
        logger.LogWarning("Staff sign-in refused for {Email} ({Reason}).", Email, result.IsLockedOut ? "locked out" : "bad credentials");
        return Page();
    }

    private void SetPage()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminUrls.Login(culture));
        }
    }
}
