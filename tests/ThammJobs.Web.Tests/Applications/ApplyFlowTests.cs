using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>The application form of the seed posting, end to end over HTTP, on both databases.</summary>
public abstract class ApplyFlowTests(DatabaseKind kind)
{
    /// <summary>Ten days before the seed posting's deadline (19 March 2026, 23:59 Casablanca).</summary>
    public static readonly DateTimeOffset BeforeDeadline = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private SiteFactory NewSite(DateTimeOffset? now = null) => new(now: now ?? BeforeDeadline, kind: kind);

    private static HttpClient Client(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_form_is_generated_from_the_offer_documents_and_references()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site));
        var response = await candidate.OpenAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = candidate.Page!;
        Assert.Equal(3, page.QuerySelectorAll("input[type=file]").Length);
        Assert.True(page.QuerySelector("input[name=file-2]")!.HasAttribute("multiple"), "diplomas take several files");
        Assert.False(page.QuerySelector("input[name=file-0]")!.HasAttribute("multiple"));
        Assert.Equal(3, page.QuerySelectorAll("fieldset.reference").Length);
        Assert.NotNull(page.QuerySelector("input[name='Input.References[2].Phone'][type=tel]"));
        Assert.Contains("Lettre de motivation", candidate.Text);
        Assert.Contains("24 mois", candidate.Text);
        Assert.True(Guid.TryParse(candidate.Hidden["Input.SubmissionKey"], out var key) && key != Guid.Empty);
        Assert.True(candidate.Hidden.ContainsKey("__RequestVerificationToken"));
    }

    [Fact]
    public async Task The_arabic_form_is_right_to_left_with_arabic_labels()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site), "ar");
        await candidate.OpenAsync();

        Assert.Equal("rtl", candidate.Page!.DocumentElement.GetAttribute("dir"));
        Assert.Contains("رسالة التحفيز", candidate.Text);
        Assert.Contains("إرسال ترشيحي", candidate.Text);
        Assert.Equal("ltr", candidate.Page.QuerySelector("#Email")!.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_complete_application_is_stored_with_its_files_number_and_confirmation_mail()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site));
        await candidate.OpenAsync();
        var files = ApplyClient.RequiredFiles();

        var response = await candidate.SubmitAsync(ApplyClient.ValidFields(), files);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/fr/candidature/", response.Headers.Location!.OriginalString);
        var application = await LoadSingleAsync(site);
        Assert.Equal("THAMM-2026-000001", application.Number);
        Assert.Equal("+212612345678", application.Phone);
        Assert.Equal("salma.bennani@example.ma", application.Email);
        Assert.Equal(LanguageLevel.Native, application.ArabicLevel);
        Assert.Equal(["+212537000000", "+33612345678", "+212661234567"], application.References.OrderBy(r => r.Position).Select(r => r.Phone));
        Assert.Equal(3, application.Documents.Count);
        Assert.Contains(application.Documents, d => d.OriginalName == "رسالة التحفيز.docx" && d.Kind == "cover-letter");

        // The PDF is stored byte for byte under a random name with its SHA-256; the JPEG was re-encoded.
        var store = site.Services.GetRequiredService<DocumentStore>();
        var pdf = application.Documents.Single(d => d.Kind == "cv");
        Assert.DoesNotContain("CV", pdf.StoredName, StringComparison.Ordinal);
        await using (var stored = store.OpenRead(pdf.StoredName))
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(files[0].Content)), Convert.ToHexStringLower(await SHA256.HashDataAsync(stored)));
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(files[0].Content)), pdf.Sha256);
        var jpeg = application.Documents.Single(d => d.Kind == "diplomas");
        Assert.NotNull(jpeg.ThumbnailName);
        Assert.True(store.Exists(jpeg.ThumbnailName!));
        Assert.DoesNotContain(Path.Combine(site.Database.DataFolder, "applications"), Directory.GetDirectories(site.Database.DataFolder, "wwwroot", SearchOption.AllDirectories));

        var mail = await Outbox.MessagesToAsync(site, "salma.bennani@example.ma");
        var confirmation = Assert.Single(mail);
        Assert.Contains("THAMM-2026-000001", confirmation.Subject);
        Assert.Contains("/fr/candidature/", confirmation.Body);

        // The confirmation page names the number.
        var receipt = await Client(site).GetStringAsync(response.Headers.Location);
        Assert.Contains("THAMM-2026-000001", receipt);
        Assert.Contains("Votre candidature est envoyée", receipt);
    }

    [Fact]
    public async Task The_same_form_sent_twice_is_stored_once()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site));
        await candidate.OpenAsync();
        var hidden = new Dictionary<string, string>(candidate.Hidden);

        var first = await candidate.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles());
        candidate.Hidden.Clear();
        foreach (var (k, v) in hidden)
        {
            candidate.Hidden[k] = v;
        }

        var second = await candidate.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await LoadSingleAsync(site);
        Assert.Equal(3, await CountAsync<ApplicationDocument>(site));
    }

    [Fact]
    public async Task Two_forms_sent_at_once_with_one_key_make_one_application()
    {
        using var site = NewSite();
        var a = new ApplyClient(Client(site));
        await a.OpenAsync();
        var b = new ApplyClient(Client(site));
        await b.OpenAsync();
        b.Hidden["Input.SubmissionKey"] = a.Hidden["Input.SubmissionKey"];

        var responses = await Task.WhenAll(
            a.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles()),
            b.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles()));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Equal(1, await CountAsync<Application>(site));
    }

    [Fact]
    public async Task Errors_keep_what_was_typed_and_the_files_already_accepted()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.FamilyName"] = "";
        fields["Input.EmailConfirmation"] = "autre@example.ma";
        var files = ApplyClient.RequiredFiles();

        var response = await candidate.SubmitAsync(fields, files.Take(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = candidate.Page!;
        Assert.Equal("Salma", page.QuerySelector("#GivenName")!.GetAttribute("value"));
        Assert.Equal("Youssef Idrissi", page.QuerySelector("#References-2-FullName")!.GetAttribute("value"));
        Assert.Contains("Ce champ est obligatoire.", page.QuerySelector("#err-FamilyName")!.TextContent);
        Assert.Contains("ne sont pas identiques", page.QuerySelector("#err-EmailConfirmation")!.TextContent);
        Assert.Contains("CV Salma Bennani.pdf", page.QuerySelector(".accepted")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#FamilyName']"));
        Assert.Equal(0, await CountAsync<Application>(site));
        Assert.Equal(32, candidate.Hidden["Input.DraftToken"].Length);

        // Second round: the CV is not sent again, the rest is corrected.
        fields = ApplyClient.ValidFields();
        response = await candidate.SubmitAsync(fields, files.Skip(1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await LoadSingleAsync(site);
        Assert.Equal(3, application.Documents.Count);
        Assert.Contains(application.Documents, d => d.OriginalName == "CV Salma Bennani.pdf");
        Assert.Equal(0, await CountAsync<ApplicationDraft>(site));
    }

    [Fact]
    public async Task A_file_can_be_removed_from_the_draft()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";
        await candidate.SubmitAsync(fields, ApplyClient.RequiredFiles());
        var cvId = candidate.Page!.QuerySelector(".accepted input[name='Input.Remove']")!.GetAttribute("value")!;

        await candidate.SubmitAsync(fields, extra: [("Input.Remove", cvId)]);

        Assert.Equal(2, candidate.Page!.QuerySelectorAll(".accepted li").Length);
        Assert.NotNull(candidate.Page.QuerySelector("#err-file-0"));
        Assert.Equal(2, await CountAsync<ApplicationDocument>(site));
        // The CV's bytes are gone too: the cover letter, the diploma scan and its thumbnail remain.
        Assert.Equal(3, Directory.GetFiles(Path.Combine(site.Database.DataFolder, "applications", "files"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_second_application_with_the_same_email_is_refused_and_the_owner_is_told_by_mail()
    {
        using var site = NewSite();
        var first = new ApplyClient(Client(site));
        await first.OpenAsync();
        await first.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles());

        var second = new ApplyClient(Client(site));
        await second.OpenAsync();
        var fields = ApplyClient.ValidFields("Salma.Bennani@Example.ma");
        var response = await second.SubmitAsync(fields, ApplyClient.RequiredFiles());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vous avez déjà postulé à cette offre", second.Text);
        Assert.Equal(1, await CountAsync<Application>(site));
        var mail = await Outbox.MessagesToAsync(site, "salma.bennani@example.ma");
        Assert.Equal(2, mail.Count);
        Assert.Contains(mail, m => m.Body.Contains("n'a pas été enregistrée", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-03-19T23:59:59Z", true)]   // the deadline's minute, Ramadan offset UTC+0
    [InlineData("2026-03-19T23:30:00Z", true)]   // after 22:59 UTC, which a fixed UTC+1 would have refused
    [InlineData("2026-03-20T00:00:00Z", false)]  // 00:00 in Casablanca
    public async Task The_deadline_is_the_end_of_its_minute_in_Casablanca_time(string instant, bool accepted)
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site));
        await candidate.OpenAsync(); // the form is opened before the deadline
        site.Clock.SetUtcNow(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        var response = await candidate.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles());

        Assert.Equal(accepted ? 1 : 0, await CountAsync<Application>(site));
        if (!accepted)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Les candidatures sont closes", candidate.Text);
            Assert.Equal(0, await CountAsync<ApplicationDocument>(site));
        }
    }

    [Fact]
    public async Task An_unpublished_offer_has_no_form()
    {
        using var site = NewSite();
        var candidate = new ApplyClient(Client(site), slug: "no-such-offer");
        var response = await candidate.OpenAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static async Task<Application> LoadSingleAsync(SiteFactory site) =>
        await site.WithScopeAsync(async sp =>
            await sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().Include(a => a.References).Include(a => a.Documents).AsSplitQuery().SingleAsync());

    internal static Task<int> CountAsync<T>(SiteFactory site) where T : class =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<T>().CountAsync());
}

public sealed class ApplyFlowTestsOnSqlite() : ApplyFlowTests(DatabaseKind.Sqlite);

public sealed class ApplyFlowTestsOnPostgreSql() : ApplyFlowTests(DatabaseKind.PostgreSql);
