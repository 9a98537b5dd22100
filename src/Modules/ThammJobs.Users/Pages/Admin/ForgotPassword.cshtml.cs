using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Core.Security;
using ThammJobs.Users.Accounts;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>Asks for a reset link; the answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<StaffUser> users, PasswordMail mail) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() => ViewData["NoIndex"] = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        if (!string.IsNullOrWhiteSpace(Email) && Email.Length <= 254 && await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            await mail.SendAsync(user, $"{Request.Scheme}://{Request.Host}", newAccount: false, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
