using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>
/// Optional TOTP two-factor sign-in. Codes are computed here from the shared key the page shows, as a phone app would
/// (Identity checks them against the real clock, so the codes are computed for now, not for the site's fake clock).
/// </summary>
public sealed class TwoFactorTests
{
    private const string Email = "editor@thammjobs.test";

    [Fact]
    public async Task Staff_enable_it_with_a_code_then_sign_in_needs_a_code_or_a_recovery_code_once_until_they_disable_it()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (client, _) = await Staff.SignInAsync(site, Email);

        var (_, setup) = await Html.GetAsync(client, "/fr/admin/securite");
        Assert.NotNull(setup.QuerySelector(".qr-code svg"));
        var key = setup.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await PostFormAsync(client, setup, "Enable", new() { ["Code"] = OtherThan(totp.ComputeTotp()) });
        Assert.Contains("Ce code n&#x27;est pas valable", await wrong.Content.ReadAsStringAsync());

        var enabled = await PostFormAsync(client, setup, "Enable", new() { ["Code"] = totp.ComputeTotp() });
        var shown = Html.Parse(await enabled.Content.ReadAsStringAsync());
        var recoveryCodes = shown.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Contains("La connexion en deux étapes est activée.", Html.VisibleText(shown));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/admin")).StatusCode); // this session goes on

        // The codes are shown once: the page does not show them again.
        var (_, later) = await Html.GetAsync(client, "/fr/admin/securite");
        Assert.Empty(later.QuerySelectorAll(".recovery-codes code"));
        Assert.Contains("Codes de secours restants : 10.", Html.VisibleText(later));

        // Password alone no longer signs in.
        var (phone, afterPassword) = await Staff.SignInAsync(site, Email);
        Assert.Equal("/fr/admin/connexion/code", afterPassword.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/fr/admin")).StatusCode);
        var refused = await PostCodeAsync(phone, OtherThan(totp.ComputeTotp()));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Ce code n&#x27;est pas valable", await refused.Content.ReadAsStringAsync());
        var accepted = await PostCodeAsync(phone, totp.ComputeTotp());
        Assert.Equal("/fr/admin", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/fr/admin")).StatusCode);

        // A recovery code works once.
        var (firstTravel, _) = await Staff.SignInAsync(site, Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(firstTravel, recoveryCodes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await firstTravel.GetAsync("/fr/admin")).StatusCode);
        var (secondTravel, _) = await Staff.SignInAsync(site, Email);
        var reused = await PostCodeAsync(secondTravel, recoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Ce code n&#x27;est pas valable", await reused.Content.ReadAsStringAsync());

        // Switched off: the password is enough again.
        var (_, settings) = await Html.GetAsync(client, "/fr/admin/securite");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, settings, "Disable", [])).StatusCode);
        var (_, plain) = await Staff.SignInAsync(site, Email);
        Assert.Equal("/fr/admin", plain.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_lockout_like_wrong_passwords()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Recruiter, Email);
        var key = await site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(Email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var (client, _) = await Staff.SignInAsync(site, Email);
        string last = "";
        for (var i = 0; i < 5; i++)
        {
            // Two kinds of wrong code: an app code and a recovery code.
            var wrong = await PostCodeAsync(client, i % 2 == 0 ? OtherThan(totp.ComputeTotp()) : "abcde-fghij");
            last = await wrong.Content.ReadAsStringAsync();
        }

        Assert.Contains("le compte est bloqué pendant 15 minutes", last);
        var right = await PostCodeAsync(client, totp.ComputeTotp());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("le compte est bloqué pendant 15 minutes", await right.Content.ReadAsStringAsync());
        var lockedOut = await site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            return await users.IsLockedOutAsync((await users.FindByEmailAsync(Email))!);
        });
        Assert.True(lockedOut);
    }

    [Fact]
    public async Task The_pages_speak_Arabic_right_to_left_and_the_code_page_without_a_password_says_where_to_start()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Reviewer);
        var (client, _) = await Staff.SignInAsync(site, "reviewer@thammjobs.test", culture: "ar");
        var (_, page) = await Html.GetAsync(client, "/ar/admin/securite");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("الدخول على مرحلتين", page.QuerySelector("h1")!.TextContent);

        var (response, code) = await Html.GetAsync(Staff.Anonymous(site), "/ar/admin/connexion/code");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ابدأوا ببريدكم الإلكتروني وكلمة المرور", Html.VisibleText(code));
    }

    private static string OtherThan(string code) => code == "123456" ? "654321" : "123456";

    private static async Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code)
    {
        var (_, page) = await Html.GetAsync(client, "/fr/admin/connexion/code");
        var form = page.QuerySelector("form.apply-form")!;
        return await client.PostAsync("/fr/admin/connexion/code", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Code"] = code,
        }));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, AngleSharp.Dom.IDocument page, string handler, Dictionary<string, string> fields)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync("/fr/admin/securite?handler=" + handler, new FormUrlEncodedContent(fields));
    }
}
