using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Users.Accounts;

namespace ThammJobs.Users.Pages.Admin.Users;

/// <summary>
/// Accounts of the staff: list, create (the new person chooses their own password from an e-mailed link: no
/// administrator ever types or sees someone's password), change role, lock and unlock.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Users.Manage")]
public sealed class IndexModel(UserManager<StaffUser> users, PasswordMail mail, TimeProvider clock, LanguageAlternates alternates) : PageModel
{
    public List<(StaffUser User, IList<string> Roles, bool Locked)> Accounts { get; } = [];

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Done { get; private set; }

    public async Task OnGetAsync(string? fait)
    {
        Done = fait;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var email = Input.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            Errors[nameof(Input.Email)] = "Users.EmailInvalid";
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            Errors[nameof(Input.Email)] = "Users.EmailTaken";
        }

        if (string.IsNullOrWhiteSpace(Input.DisplayName) || Input.DisplayName.Length > 200)
        {
            Errors[nameof(Input.DisplayName)] = "Users.NameRequired";
        }

        if (!StandardRoles.All.Contains(Input.Role))
        {
            Errors[nameof(Input.Role)] = "Users.RoleRequired";
        }

        if (Errors.Count > 0)
        {
            await LoadAsync();
            return Page();
        }

        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = Input.DisplayName!.Trim(),
            PreferredCulture = Input.Culture == "ar" ? "ar" : "fr",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, Input.Role!);
            await mail.SendAsync(user, $"{Request.Scheme}://{Request.Host}", newAccount: true, cancellationToken);
        }

        return Redirect(AdminUrls.Users(SiteCultures.Current) + "?fait=creation");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked)
    {
        if (await users.FindByIdAsync(id) is { } user && user.UserName != User.Identity?.Name)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        }

        return Redirect(AdminUrls.Users(SiteCultures.Current) + "?fait=" + (locked ? "verrouillage" : "deverrouillage"));
    }

    private async Task LoadAsync()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminUrls.Users(culture));
        }

        var now = clock.GetUtcNow();
        foreach (var user in await users.Users.OrderBy(u => u.DisplayName).Take(500).ToListAsync())
        {
            Accounts.Add((user, await users.GetRolesAsync(user), user.LockoutEnd is { } end && end > now));
        }
    }

    public sealed class NewAccount
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public string? Culture { get; set; }
    }
}
