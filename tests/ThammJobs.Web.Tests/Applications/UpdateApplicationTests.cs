using System.Net;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>A candidate corrects their application from the status page until the deadline.</summary>
public sealed class UpdateApplicationTests
{
    [Fact]
    public async Task The_candidate_updates_fields_and_replaces_a_document_before_the_deadline()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        var status = await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);
        var before = await ApplyFlowTests.LoadSingleAsync(site);
        var oldCv = before.Documents.Single(d => d.Kind == "cv");

        var (_, statusPage) = await Html.GetAsync(client, status);
        var updateUrl = statusPage.QuerySelectorAll("a.button").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("?modifier=", StringComparison.Ordinal));
        var form = new ApplyClient(client);
        var opened = await client.GetAsync(updateUrl);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var page = Html.Parse(await opened.Content.ReadAsStringAsync());
        Assert.Equal("Salma", page.QuerySelector("#GivenName")!.GetAttribute("value"));
        Assert.Equal("Claire Martin", page.QuerySelector("#References-1-FullName")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Email")); // the address is shown, not editable
        Assert.Equal(3, page.QuerySelectorAll(".accepted li").Length);

        var fields = ApplyClient.ValidFields();
        fields["Input.Phone"] = "07 00 11 22 33";
        foreach (var hidden in page.QuerySelectorAll("form.apply-form input[type=hidden]"))
        {
            form.Hidden[hidden.GetAttribute("name")!] = hidden.GetAttribute("value") ?? "";
        }

        var response = await form.SubmitAsync(fields, [new UploadFile("file-0", "CV 2026.pdf", PdfFixtures.Valid(9000))], [("Input.RemoveExisting", oldCv.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("?fait=modification", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var after = await ApplyFlowTests.LoadSingleAsync(site);
        Assert.Equal(before.Number, after.Number);
        Assert.Equal("+212700112233", after.Phone);
        Assert.Equal(3, after.Documents.Count);
        Assert.Equal("CV 2026.pdf", after.Documents.Single(d => d.Kind == "cv").OriginalName);
        Assert.DoesNotContain(UploadSafetyTests.StoredFiles(site), f => f.EndsWith(oldCv.StoredName, StringComparison.Ordinal));
        Assert.Contains(await Outbox.MessagesToAsync(site, "salma.bennani@example.ma"), m => m.Subject.Contains("mise à jour", StringComparison.Ordinal));
        Assert.Equal(1, await ApplyFlowTests.CountAsync<ThammJobs.Applications.Models.Application>(site));
    }

    [Fact]
    public async Task After_the_deadline_the_application_can_no_longer_be_updated()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        var status = await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);
        var (_, statusPage) = await Html.GetAsync(client, status);
        var updateUrl = statusPage.QuerySelectorAll("a.button").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("?modifier=", StringComparison.Ordinal));
        var form = new ApplyClient(client);
        var page = Html.Parse(await client.GetStringAsync(updateUrl));
        foreach (var hidden in page.QuerySelectorAll("form.apply-form input[type=hidden]"))
        {
            form.Hidden[hidden.GetAttribute("name")!] = hidden.GetAttribute("value") ?? "";
        }

        site.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 0, 0, 30, TimeSpan.Zero));
        var fields = ApplyClient.ValidFields();
        fields["Input.Phone"] = "07 00 11 22 33";
        var response = await form.SubmitAsync(fields);

        Assert.Contains("Les candidatures sont closes", form.Text);
        Assert.Equal("+212612345678", (await ApplyFlowTests.LoadSingleAsync(site)).Phone);
        var (_, closedStatus) = await Html.GetAsync(client, status);
        Assert.DoesNotContain(closedStatus.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("?modifier=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
