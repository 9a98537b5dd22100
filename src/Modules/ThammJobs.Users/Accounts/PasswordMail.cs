using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Users.Accounts;

/// <summary>"Choose your password" e-mails (password reset, new account) through the outbox, in the person's language.</summary>
public sealed class PasswordMail(UserManager<StaffUser> users, ThammJobsDbContext db, IOutbox outbox, IStringLocalizer<UsersStrings> t)
{
    public async Task SendAsync(StaffUser user, string origin, bool newAccount, CancellationToken cancellationToken)
    {
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var culture = user.PreferredCulture is "ar" ? "ar" : "fr";
        var link = $"{origin}{AdminUrls.ResetPassword(culture)}?email={Uri.EscapeDataString(user.Email!)}&code={code}";
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = ThammJobs.Core.Localization.SiteCultures.Formatting(culture);
        try
        {
            var key = newAccount ? "Mail.NewAccount" : "Mail.Reset";
            var body = $"{t["Mail.Greeting", user.DisplayName]}\n\n{t[key + ".Body"]}\n\n{link}\n\n{t["Mail.Ignore"]}\n";
            outbox.Enqueue(db, new OutgoingMessage(user.Email!, user.DisplayName, t[key + ".Subject"], body, null, culture, Category: "staff-password"));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
