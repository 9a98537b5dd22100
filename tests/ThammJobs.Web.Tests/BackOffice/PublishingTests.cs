using System.Net;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>An editor takes an offer off the site and back from the back office; search follows.</summary>
public sealed class PublishingTests
{
    [Fact]
    public async Task An_editor_unpublishes_and_republishes_an_offer_and_the_public_site_and_search_follow()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        var visitor = Staff.Anonymous(site);
        const string offer = "/fr/offres/expert-migration-nationale-thamm-equipe-france";

        var (_, list) = await Html.GetAsync(editor, "/fr/admin/contenus");
        Assert.Contains("Expert·e Migration", Html.VisibleText(list).Replace("Expert.e", "Expert·e", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(offer)).StatusCode);

        await PostAsync(editor, list, "Unpublish", "offer-expert-migration-nationale-fr");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(offer)).StatusCode);
        Assert.DoesNotContain("offer-expert-migration-nationale-fr", await SearchAsync(visitor, present: false));

        (_, list) = await Html.GetAsync(editor, "/fr/admin/contenus");
        await PostAsync(editor, list, "Publish", "offer-expert-migration-nationale-fr");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(offer)).StatusCode);
        Assert.Contains("offer-expert-migration-nationale-fr", await SearchAsync(visitor, present: true));
    }

    private static async Task PostAsync(HttpClient client, AngleSharp.Dom.IDocument page, string handler, string id)
    {
        var form = page.QuerySelectorAll("form").First(f => f.GetAttribute("action")!.Contains("handler=" + handler, StringComparison.Ordinal)
            && f.QuerySelector("input[name=id]")!.GetAttribute("value") == id);
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["id"] = id,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    // Search follows within a second on the node that made the change (the indexer wakes after the commit):
    // ask until the expected state shows, for at most two seconds.
    private static async Task<string> SearchAsync(HttpClient client, bool present)
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (true)
        {
            var body = await client.GetStringAsync("/api/search?q=migration&status=all");
            if (body.Contains("offer-expert-migration-nationale-fr", StringComparison.Ordinal) == present || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(50);
        }
    }
}
