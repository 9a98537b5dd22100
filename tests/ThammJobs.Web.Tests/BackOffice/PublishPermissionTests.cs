using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>Content.Edit without Content.Publish: the editor saves drafts, and its Publish handler refuses even a hand-made request.</summary>
public sealed class PublishPermissionTests
{
    [Fact]
    public async Task A_writer_without_the_publish_permission_cannot_publish_through_the_editor()
    {
        using var site = new SiteFactory();
        await site.WithScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<StaffRole>>();
            var role = new StaffRole("Writer");
            Assert.True((await roles.CreateAsync(role)).Succeeded);
            Assert.True((await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, "Content.Edit"))).Succeeded);
            return true;
        });
        await Staff.CreateAsync(site, "Writer", "writer@thammjobs.test");
        var (writer, _) = await Staff.SignInAsync(site, "writer@thammjobs.test");
        const string editorUrl = "/fr/admin/contenus/offer-expert-migration-nationale/modifier";
        var form = await EditorForm.OpenAsync(writer, editorUrl);
        Assert.Empty(form.Page.QuerySelectorAll("button[formaction*='handler=Publish']"));

        var response = await form.Set("fr:city", "Tanger").PostToHandlerAsync(writer, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/fr/admin/acces-refuse", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (_, page) = await Html.GetAsync(Staff.Anonymous(site), "/fr/offres/expert-migration-nationale-thamm-equipe-france");
        Assert.DoesNotContain("Tanger", page.QuerySelector(".offer-place")!.TextContent, StringComparison.Ordinal);
        var unpublish = await form.PostToHandlerAsync(writer, "Unpublish");
        Assert.StartsWith("/fr/admin/acces-refuse", unpublish.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Saving a draft is what the permission allows.
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostToHandlerAsync(writer, "Save")).StatusCode);
        var (_, still) = await Html.GetAsync(Staff.Anonymous(site), "/fr/offres/expert-migration-nationale-thamm-equipe-france");
        Assert.DoesNotContain("Tanger", still.QuerySelector(".offer-place")!.TextContent, StringComparison.Ordinal);
    }
}
