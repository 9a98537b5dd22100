using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Applications;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>Sign-in, lockout, password reset and the first administrator.</summary>
public sealed class AccountTests
{
    [Fact]
    public async Task The_first_administrator_comes_from_configuration_and_can_sign_in()
    {
        using var site = new SiteFactory().With("ThammJobs:Admin:Email", "admin@thammjobs.test").With("ThammJobs:Admin:Password", Staff.Password);
        var (client, response) = await Staff.SignInAsync(site, "admin@thammjobs.test");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/fr/admin", response.Headers.Location!.OriginalString);
        var home = await client.GetStringAsync("/fr/admin");
        Assert.Contains("Espace de gestion", home);
        Assert.Contains("/fr/admin/utilisateurs", home);
    }

    [Fact]
    public async Task Without_configuration_there_is_no_account_and_no_default_password()
    {
        using var site = new SiteFactory();
        _ = site.CreateClient();
        var count = await site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<UserManager<StaffUser>>().Users.Count()));
        Assert.Equal(0, count);
        var roles = await site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RoleManager<StaffRole>>().Roles.Select(r => r.Name!).ToList()));
        Assert.Equal(StandardRoles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var client = Staff.Anonymous(site);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Staff.PostLoginAsync(client, "editor@thammjobs.test", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await Staff.PostLoginAsync(client, "editor@thammjobs.test", Staff.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("le compte est bloqué pendant 15 minutes", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_says_nothing_about_which_part_was_wrong()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var client = Staff.Anonymous(site);
        var wrongPassword = await (await Staff.PostLoginAsync(client, "editor@thammjobs.test", "nope nope nope")).Content.ReadAsStringAsync();
        var unknownUser = await (await Staff.PostLoginAsync(client, "nobody@thammjobs.test", "nope nope nope")).Content.ReadAsStringAsync();
        Assert.Contains("Adresse e-mail ou mot de passe incorrect.", wrongPassword);
        Assert.Contains("Adresse e-mail ou mot de passe incorrect.", unknownUser);
    }

    [Fact]
    public async Task A_password_is_reset_through_the_emailed_link_and_the_lockout_ends()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Recruiter);
        var client = Staff.Anonymous(site);
        for (var i = 0; i < 5; i++)
        {
            await Staff.PostLoginAsync(client, "recruiter@thammjobs.test", "wrong password " + i);
        }

        var (_, forgot) = await Html.GetAsync(client, "/ar/admin/mot-de-passe-oublie");
        await client.PostAsync("/ar/admin/mot-de-passe-oublie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = forgot.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Email"] = "recruiter@thammjobs.test",
        }));
        var mail = Assert.Single(await Outbox.MessagesToAsync(site, "recruiter@thammjobs.test"));
        var link = mail.Body.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains("/fr/admin/mot-de-passe?", link); // the account's language, not the page's

        var (_, reset) = await Html.GetAsync(client, new Uri(link).PathAndQuery);
        var fields = reset.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Password"] = "a brand new passphrase";
        fields["Confirmation"] = "a brand new passphrase";
        var done = await client.PostAsync("/fr/admin/mot-de-passe", new FormUrlEncodedContent(fields));
        Assert.Contains("Votre mot de passe est enregistré.", await done.Content.ReadAsStringAsync());

        var (_, signIn) = await Staff.SignInAsync(site, "recruiter@thammjobs.test", "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The link works once.
        var again = await client.PostAsync("/fr/admin/mot-de-passe", new FormUrlEncodedContent(fields));
        Assert.Contains("Ce lien n&#x27;est plus valable", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_creates_an_account_and_the_person_chooses_their_password()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");
        var (_, page) = await Html.GetAsync(admin, "/fr/admin/utilisateurs");
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await admin.PostAsync("/fr/admin/utilisateurs?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "nadia@thammjobs.test",
            ["Input.DisplayName"] = "Nadia El Amrani",
            ["Input.Role"] = StandardRoles.Reviewer,
            ["Input.Culture"] = "ar",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(await Outbox.MessagesToAsync(site, "nadia@thammjobs.test"));
        Assert.Contains("حسابكم", mail.Subject);
        Assert.Contains("/ar/admin/mot-de-passe?", mail.Body);
        Assert.Contains("Nadia El Amrani", await admin.GetStringAsync("/fr/admin/utilisateurs"));
    }
}
