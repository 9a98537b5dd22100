using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using ThammJobs.Core.Security;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>Sets a new password from the e-mailed link (also how a new account gets its first password).</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<StaffUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public List<string> Errors { get; } = [];

    public bool Done { get; private set; }

    public void OnGet() => ViewData["NoIndex"] = true;

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["NoIndex"] = true;
        if (string.IsNullOrEmpty(Password) || Password != Confirmation)
        {
            Errors.Add("Reset.Mismatch");
            return Page();
        }

        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code ?? ""));
        }
        catch (FormatException)
        {
            token = "";
        }

        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? ["Reset.TooShort"] : ["Reset.InvalidLink"]);
            return Page();
        }

        // A reset also ends a lockout: the person proved they own the address.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        Done = true;
        return Page();
    }
}
