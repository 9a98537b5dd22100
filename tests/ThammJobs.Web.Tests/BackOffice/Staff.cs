using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>Staff accounts for tests, and browsers signed in as them through the real sign-in page.</summary>
internal static class Staff
{
    public const string Password = "correct horse battery staple";

    public static async Task<StaffUser> CreateAsync(SiteFactory site, string role, string? email = null)
    {
        email ??= role.ToLowerInvariant() + "@thammjobs.test";
        return await site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = role + " Test" };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return user;
        });
    }

    public static HttpClient Anonymous(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client with the staff cookie of <paramref name="email"/>, or the sign-in response when it failed.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(SiteFactory site, string email, string password = Password, string culture = "fr")
    {
        var client = Anonymous(site);
        var response = await PostLoginAsync(client, email, password, culture);
        return (client, response);
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string culture = "fr")
    {
        var (_, page) = await Html.GetAsync(client, $"/{culture}/admin/connexion");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync($"/{culture}/admin/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = email,
            ["Password"] = password,
        }));
    }
}
