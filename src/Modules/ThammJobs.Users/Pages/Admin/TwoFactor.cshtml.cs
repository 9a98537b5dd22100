using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Users.Authorization;
using ThammJobs.Users.TwoFactor;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>
/// The signed-in person's own two-factor sign-in (optional): set up an authenticator app (shared key and QR code,
/// confirmed by a first code), recovery codes shown once, new recovery codes, switch it off. Every member of staff may
/// use it for their own account only: the page-level policy covers the handlers.
/// </summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, LanguageAlternates alternates, ILogger<TwoFactorModel> logger) : PageModel
{
    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrSvg { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    /// <summary>Set only in the response that created them: they are never shown again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? fait)
    {
        Done = fait;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = AuthenticatorSetup.Normalize(Code);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = code.Length == 0 ? "TwoFactor.CodeMissing" : "TwoFactor.CodeWrong";
            return await ShowAsync();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();

        // Enabling changes the security stamp: renew this session's cookie so it stays valid.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Two-factor sign-in enabled for {Email}", user.Email);
        Done = "activation";
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);

        // A new key: the app entry and recovery codes of the old set-up stop working.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Two-factor sign-in disabled for {Email}", user.Email);
        return Redirect(AdminUrls.TwoFactor(SiteCultures.Current) + "?fait=desactivation");
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect(AdminUrls.TwoFactor(SiteCultures.Current));
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        Done = "codes";
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminUrls.TwoFactor(culture));
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }

        // The key is made when the person first opens the set-up, and kept until it is confirmed or reset.
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = AuthenticatorSetup.Readable(key!);
        AuthenticatorUri = AuthenticatorSetup.Uri(user.Email ?? user.UserName ?? "", key!);
        QrSvg = AuthenticatorSetup.QrSvg(AuthenticatorUri);
        return Page();
    }
}
