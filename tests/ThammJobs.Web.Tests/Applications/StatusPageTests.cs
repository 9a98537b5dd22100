using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>The candidate's page behind the signed link: what it shows, and withdraw / download / erase.</summary>
public abstract class StatusPageTests(DatabaseKind kind)
{
    private SiteFactory NewSite() => new(now: ApplyFlowTests.BeforeDeadline, kind: kind);

    [Fact]
    public async Task The_status_page_shows_the_application_in_plain_words_in_both_languages()
    {
        using var site = NewSite();
        var path = await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);

        var (response, page) = await Html.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.VisibleText(page);
        Assert.Contains("THAMM-2026-000001", text);
        Assert.Contains("Complète", text); // checked against the offer's documents and references on receipt
        Assert.Contains("رسالة التحفيز.docx", text);
        Assert.Contains("Claire Martin", text);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        var (arResponse, arPage) = await Html.GetAsync(client, path.Replace("/fr/", "/ar/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, arResponse.StatusCode);
        Assert.Equal("rtl", arPage.DocumentElement.GetAttribute("dir"));
        Assert.Contains("ملفكم مكتمل", Html.VisibleText(arPage));
    }

    [Fact]
    public async Task The_candidate_downloads_their_data_as_a_zip_attachment()
    {
        using var site = NewSite();
        var files = ApplyClient.RequiredFiles();
        var path = await Candidate.ApplyAsync(site, files: files);

        var response = await Candidate.Client(site).GetAsync(path + "?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("candidature.json", names);
        Assert.Contains("documents/cover-letter/رسالة التحفيز.docx", names);
        await using (var json = zip.GetEntry("candidature.json")!.Open())
        {
            var data = await JsonDocument.ParseAsync(json);
            Assert.Equal("THAMM-2026-000001", data.RootElement.GetProperty("Number").GetString());
            Assert.Equal(3, data.RootElement.GetProperty("References").GetArrayLength());
        }

        await using var cv = zip.GetEntry("documents/cv/CV Salma Bennani.pdf")!.Open();
        using var copy = new MemoryStream();
        await cv.CopyToAsync(copy);
        Assert.Equal(files[0].Content, copy.ToArray());
    }

    [Fact]
    public async Task Withdrawing_needs_a_confirmation_and_frees_the_email_for_a_new_application()
    {
        using var site = NewSite();
        var path = await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);

        var unconfirmed = await PostActionAsync(client, path, "Withdraw", confirm: false);
        Assert.Contains("Cochez la case de confirmation", unconfirmed);
        Assert.Equal(ApplicationStage.Complete, (await ApplyFlowTests.LoadSingleAsync(site)).Stage);

        await PostActionAsync(client, path, "Withdraw", confirm: true);
        var application = await ApplyFlowTests.LoadSingleAsync(site);
        Assert.Equal(ApplicationStage.Withdrawn, application.Stage);
        Assert.False(application.Live);

        // The withdrawal went through the pipeline: received, complete (the site's check), withdrawn by the candidate.
        var history = await Pipeline.PipelineSite.HistoryAsync(site, application.Id);
        Assert.Equal([(null, ApplicationStage.Received, TransitionActor.Candidate), (ApplicationStage.Received, ApplicationStage.Complete, TransitionActor.System), (ApplicationStage.Complete, ApplicationStage.Withdrawn, TransitionActor.Candidate)],
            history.Select(t => (t.From, t.To, t.Actor)));
        Assert.Contains("Votre candidature est retirée.", await client.GetStringAsync(path + "?fait=retrait"));

        await Candidate.ApplyAsync(site);
        Assert.Equal(2, await ApplyFlowTests.CountAsync<Application>(site));
    }

    [Fact]
    public async Task Erasing_deletes_the_files_and_every_personal_field()
    {
        using var site = NewSite();
        var path = await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);
        Assert.Equal(4, UploadSafetyTests.StoredFiles(site).Length); // 3 documents + the scan's thumbnail

        await PostActionAsync(client, path, "Erase", confirm: true);

        var application = await ApplyFlowTests.LoadSingleAsync(site);
        Assert.Equal(ApplicationStage.Erased, application.Stage);
        Assert.Equal("", application.Email);
        Assert.Equal("", application.GivenName);
        Assert.Null(application.Message);
        Assert.Empty(application.References);
        Assert.Empty(application.Documents);
        Assert.Equal("THAMM-2026-000001", application.Number);
        Assert.Empty(UploadSafetyTests.StoredFiles(site));
        var page = await client.GetStringAsync(path);
        Assert.DoesNotContain("Salma", page);
        Assert.Contains("Données effacées", page);
    }

    [Fact]
    public async Task An_expired_or_altered_link_says_so_and_offers_a_new_one()
    {
        using var site = NewSite();
        var path = await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);

        var altered = await client.GetAsync(path[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        Assert.Contains("Lien de suivi introuvable", await altered.Content.ReadAsStringAsync());

        site.Clock.Advance(TimeSpan.FromDays(121));
        var expired = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        var body = await expired.Content.ReadAsStringAsync();
        Assert.Contains("Ce lien a expiré", body);
        Assert.DoesNotContain("Salma", body);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(path + "?handler=Download")).StatusCode);
    }

    [Fact]
    public async Task A_lost_link_is_sent_again_by_email_without_telling_who_applied()
    {
        using var site = NewSite();
        await Candidate.ApplyAsync(site);
        var client = Candidate.Client(site);

        var known = await PostLostLinkAsync(client, "SALMA.bennani@example.ma");
        var unknown = await PostLostLinkAsync(client, "personne@example.ma");

        Assert.Contains("SALMA.bennani@example.ma", known);
        Assert.Equal(Strip(known, "SALMA.bennani@example.ma"), Strip(unknown, "personne@example.ma"));
        var mail = await Outbox.MessagesToAsync(site, "salma.bennani@example.ma");
        Assert.Equal(2, mail.Count); // the confirmation, then the links
        Assert.Contains("/fr/candidature/", mail[1].Body);
        Assert.Empty(await Outbox.MessagesToAsync(site, "personne@example.ma"));

        // The new link works.
        var link = mail[1].Body.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/fr/candidature/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);

        static string Strip(string html, string email) =>
            System.Text.RegularExpressions.Regex.Replace(html.Replace(email, "", StringComparison.Ordinal), "name=\"__RequestVerificationToken\"[^>]*", "");
    }

    private static async Task<string> PostActionAsync(HttpClient client, string path, string handler, bool confirm)
    {
        var (_, page) = await Html.GetAsync(client, path);
        var form = page.QuerySelectorAll("form").First(f => f.GetAttribute("action")!.Contains("handler=" + handler, StringComparison.Ordinal));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        if (confirm)
        {
            fields["Confirm"] = "true";
        }

        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> PostLostLinkAsync(HttpClient client, string email)
    {
        var (_, page) = await Html.GetAsync(client, "/fr/candidature");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/fr/candidature", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Email"] = email }));
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class StatusPageTestsOnSqlite() : StatusPageTests(DatabaseKind.Sqlite);

public sealed class StatusPageTestsOnPostgreSql() : StatusPageTests(DatabaseKind.PostgreSql);
