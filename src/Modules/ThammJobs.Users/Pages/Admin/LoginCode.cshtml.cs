using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Users.TwoFactor;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>
/// Second step of the sign-in for accounts with two-factor on: the code of the authenticator app, or one of the
/// recovery codes (each works once). Wrong codes count towards the lockout like wrong passwords (Identity counts
/// wrong app codes; wrong recovery codes are counted here, Identity does not).
/// </summary>
[AllowAnonymous]
public sealed class LoginCodeModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, LanguageAlternates alternates, ILogger<LoginCodeModel> logger) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>No pending sign-in (none started, or Identity's short-lived two-factor cookie has expired).</summary>
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        SetPage();

        // Only after a right password: the pending sign-in is in Identity's short-lived two-factor cookie.
        Expired = await signIn.GetTwoFactorAuthenticationUserAsync() is null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetPage();
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            Expired = true;
            return Page();
        }

        var code = AuthenticatorSetup.Normalize(Code);
        if (code.Length == 0)
        {
            Error = "TwoFactor.CodeMissing";
            return Page();
        }

        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await RecoveryCodeSignInAsync(user, code);
        if (result.Succeeded)
        {
            logger.LogInformation("Staff sign-in with second factor: {Email}", user.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : AdminUrls.Home(SiteCultures.Current));
        }

        Error = result.IsLockedOut ? "TwoFactor.LockedOut" : "TwoFactor.CodeWrong";
        logger.LogWarning("Second factor refused for {Email} ({Reason}).", user.Email, result.IsLockedOut ? "locked out" : "wrong code");
        return Page();
    }

    private async Task<Microsoft.AspNetCore.Identity.SignInResult> RecoveryCodeSignInAsync(StaffUser user, string code)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        // Recovery codes are shown as "xxxxx-xxxxx"; the hyphen was dropped with the spaces, put it back.
        var recovery = code.Length == 10 ? code[..5] + "-" + code[5..] : code;
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery);
        if (result.Succeeded)
        {
            return result;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : result;
    }

    private void SetPage()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminUrls.LoginCode(culture));
        }
    }
}
