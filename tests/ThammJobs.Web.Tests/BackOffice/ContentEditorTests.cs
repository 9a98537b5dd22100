using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>
/// The content editor as an editor uses it, without JavaScript: a bilingual offer from nothing to the public
/// site, validation that keeps what was typed, one-language publishing only on purpose, translation status,
/// private preview links, and the documents list that drives the application form.
/// </summary>
public abstract class ContentEditorTests(DatabaseKind kind)
{
    // The suite's clock is 26 November 2026: a deadline on 31 December is open.
    private const string FutureDeadline = "2026-12-31T23:59";

    private async Task<(SiteFactory Site, HttpClient Editor)> StartAsync(string role = StandardRoles.Editor)
    {
        var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, role);
        var (client, response) = await Staff.SignInAsync(site, role.ToLowerInvariant() + "@thammjobs.test");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (site, client);
    }

    private static EditorForm FillFrench(EditorForm form) => form
        .Set("fr:title", "Chargé.e de communication THAMM+")
        .Set("fr:summary", "Expertise France recrute un.e chargé.e de communication à Rabat.")
        .Set("fr:country", "Maroc")
        .Set("fr:city", "Rabat")
        .Set("fr:sections.mission", "Faire connaître le projet **THAMM+** auprès des candidat.e.s.")
        .Set("fr:sections.howToApply", "Postulez sur ce site avant la date limite.")
        .Set("shared:reference", "COM-2026")
        .Set("shared:contractType", "CDD")
        .Set("shared:deadline.local", FutureDeadline);

    private static EditorForm FillArabic(EditorForm form) => form
        .Set("ar:title", "مكلف(ة) بالتواصل THAMM+")
        .Set("ar:summary", "تبحث الوكالة الفرنسية للخبرة عن مكلف(ة) بالتواصل بالرباط.")
        .Set("ar:country", "المغرب")
        .Set("ar:city", "الرباط")
        .Set("ar:sections.mission", "التعريف بمشروع **THAMM+** لدى المترشحين.")
        .Set("ar:sections.howToApply", "قدّموا ترشيحكم عبر هذا الموقع قبل آخر أجل.");

    [Fact]
    public async Task An_editor_creates_a_bilingual_offer_as_a_draft_then_publishes_it_and_the_public_site_shows_it()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var visitor = Staff.Anonymous(site);

        var form = await EditorForm.NewAsync(editor, "fr", ContentTypes.JobOffer);
        // A new offer starts with the seed's documents and three references: most offers ask for them.
        Assert.Equal("cv", form.Value("shared:documents[0].kind"));
        Assert.Equal("3", form.Value("shared:referencesRequired"));
        Assert.Equal("Africa/Casablanca", form.Value("shared:deadline.timeZone"));

        form = await FillArabic(FillFrench(form)).SubmitExpectingSavedAsync(editor, "Save");
        Assert.Contains("Brouillon enregistré", form.Page.QuerySelector(".success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("charge-e-de-communication-thamm", form.Value("fr:slug"));
        Assert.Equal("charge-e-de-communication-thamm", form.Value("ar:slug"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/fr/offres/charge-e-de-communication-thamm")).StatusCode);

        form = await form.SubmitExpectingSavedAsync(editor, "Publish");
        Assert.Contains("Publié", form.Page.QuerySelector(".success")!.TextContent, StringComparison.Ordinal);

        var (response, french) = await Html.GetAsync(visitor, "/fr/offres/charge-e-de-communication-thamm");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Chargé.e de communication THAMM+", french.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("THAMM+", french.QuerySelector("#mission strong")!.TextContent);
        Assert.Equal(3, french.QuerySelectorAll("ul.documents li").Length - 1);
        var (_, arabic) = await Html.GetAsync(visitor, "/ar/offres/charge-e-de-communication-thamm");
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Contains("مكلف(ة) بالتواصل", arabic.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // One version per language, published, written by the editor.
        var versions = await VersionsAsync(site, form);
        Assert.Equal([("ar", 1, true), ("fr", 1, true)], versions.Select(v => (v.Culture, v.Number, v.Published)).OrderBy(v => v.Culture));
        Assert.All(versions, v => Assert.Equal("editor@thammjobs.test", v.Author));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_per_field_in_Arabic_keeps_everything_typed_and_saves_nothing()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var form = await EditorForm.NewAsync(editor, "ar", ContentTypes.JobOffer);
        FillArabic(FillFrench(form))
            .Set("shared:minYearsExperience", "ثمانية")
            .Set("shared:deadline.local", "2026-01-15T12:00")
            .Set("shared:externalApplyUrl", "javascript:alert(1)")
            .Check("shared:documents[0].required")
            .Check("shared:documents[1].required")
            .Check("shared:documents[2].required");

        var answer = await form.SubmitExpectingFormAsync(editor, "Publish");

        Assert.Equal("أدخلوا عددا صحيحا بالأرقام.", answer.ErrorFor("f-shared-minYearsExperience"));
        Assert.StartsWith("آخر أجل قد انقضى", answer.ErrorFor("f-shared-deadline-local"), StringComparison.Ordinal);
        Assert.StartsWith("أدخلوا عنوانا كاملا", answer.ErrorFor("f-shared-externalApplyUrl"), StringComparison.Ordinal);
        Assert.Contains("وثيقة إلزامية واحدة على الأقل", answer.Page.QuerySelector("#f-shared-documents .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, answer.SummaryItems.Count);
        Assert.Equal("rtl", answer.Page.DocumentElement.GetAttribute("dir"));
        Assert.DoesNotContain("Ce champ est obligatoire", Html.VisibleText(answer.Page), StringComparison.Ordinal);

        // Everything typed is still there, the wrong values included.
        Assert.Equal("ثمانية", answer.Value("shared:minYearsExperience"));
        Assert.Equal("javascript:alert(1)", answer.Value("shared:externalApplyUrl"));
        Assert.Equal("Chargé.e de communication THAMM+", answer.Value("fr:title"));
        Assert.Equal("قدّموا ترشيحكم عبر هذا الموقع قبل آخر أجل.", answer.Value("ar:sections.howToApply"));
        Assert.Equal("", answer.Value("shared:documents[0].required"));
        Assert.Empty(await VersionsAsync(site, form));
    }

    [Fact]
    public async Task Half_an_offer_is_published_only_when_the_editor_chooses_that_one_language()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var visitor = Staff.Anonymous(site);
        var form = FillFrench(await EditorForm.NewAsync(editor, "fr", ContentTypes.JobOffer));

        var refused = await form.SubmitExpectingFormAsync(editor, "Publish");
        Assert.Contains(refused.SummaryItems, m => m.Contains("La version en arabe n'existe pas encore", StringComparison.Ordinal));
        Assert.Empty(await VersionsAsync(site, form));

        var saved = await refused.Set("publier", "fr").SubmitExpectingSavedAsync(editor, "Publish");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/fr/offres/charge-e-de-communication-thamm")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/ar/offres/charge-e-de-communication-thamm")).StatusCode);
        Assert.Equal("Traduction manquante", saved.Page.QuerySelector("#status-ar .badge")!.TextContent.Trim());

        // An incomplete Arabic version (no city, no texts) can be kept as a draft, not published with the French.
        saved.Set("ar:title", "مكلف(ة) بالتواصل").Set("publier", "both");
        var incomplete = await saved.SubmitExpectingFormAsync(editor, "Publish");
        Assert.Equal("Ce champ est obligatoire.", incomplete.ErrorFor("f-ar-city"));
        await incomplete.SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/ar/offres/charge-e-de-communication-thamm")).StatusCode);
        var versions = await VersionsAsync(site, form);
        Assert.Contains(versions, v => v.Culture == "ar" && v.Latest && !v.Published);
    }

    [Fact]
    public async Task Translation_status_says_missing_then_outdated_when_the_other_language_changed_and_up_to_date_once_edited()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var form = await FillFrench(await EditorForm.NewAsync(editor, "fr", ContentTypes.JobOffer)).SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(("UpToDate", "Missing"), await StatesAsync(site, form));

        form = await FillArabic(form).SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(("UpToDate", "UpToDate"), await StatesAsync(site, form));

        // The French text changes: the Arabic is now behind it.
        form = await form.Set("fr:sections.mission", "Une mission revue.").SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(("UpToDate", "Outdated"), await StatesAsync(site, form));
        Assert.Equal("Traduction à mettre à jour", form.Page.QuerySelector("#status-ar .badge")!.TextContent.Trim());

        // A shared field (the deadline) is written into both languages: that is not a translation, nothing changes.
        form = await form.Set("shared:deadline.local", "2026-12-30T18:00").SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(("UpToDate", "Outdated"), await StatesAsync(site, form));

        // The Arabic is brought in line: both are up to date, the French is not "outdated" by the catch-up.
        form = await form.Set("ar:sections.mission", "مهمة منقحة.").SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(("UpToDate", "UpToDate"), await StatesAsync(site, form));

        // Both changed in one save: still both up to date.
        form = await form.Set("fr:city", "Casablanca").Set("ar:city", "الدار البيضاء").SubmitExpectingSavedAsync(editor, "Save");
        Assert.Equal(("UpToDate", "UpToDate"), await StatesAsync(site, form));
    }

    [Fact]
    public async Task The_private_preview_link_works_without_an_account_cannot_be_forged_and_expires()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var form = await FillArabic(FillFrench(await EditorForm.NewAsync(editor, "fr", ContentTypes.JobOffer))).SubmitExpectingSavedAsync(editor, "Preview");
        Assert.NotNull(form.Page.QuerySelector("details.md-preview[open]"));
        Assert.Equal("THAMM+", form.Page.QuerySelector("#pv-f-fr-sections-mission strong")!.TextContent);
        var link = form.Page.QuerySelector("#status-ar a.preview-link")!.GetAttribute("href")!;
        Assert.StartsWith("/ar/apercu/", link, StringComparison.Ordinal);

        var colleague = Staff.Anonymous(site);
        var response = await colleague.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("مكلف(ة) بالتواصل", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("a[href$='/postuler']"));   // a preview offers no way to apply
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync("/ar/offres/charge-e-de-communication-thamm")).StatusCode);

        // A link asked in French for the Arabic version answers in Arabic.
        var french = await colleague.GetAsync(link.Replace("/ar/", "/fr/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, french.StatusCode);

        // One character changed: not a link any more.
        var token = link["/ar/apercu/".Length..];
        var forged = "/ar/apercu/" + (token[10] == 'A' ? 'B' : 'A') + token[..10] + token[11..];
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync("/ar/apercu/offer-abc-ar")).StatusCode);

        site.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var expired = await colleague.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("انتهت صلاحية رابط المعاينة", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_rows_are_added_and_removed_without_JavaScript_and_drive_the_application_form()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var form = FillArabic(FillFrench(await EditorForm.NewAsync(editor, "fr", ContentTypes.JobOffer)));

        // Remove the cover letter: the diplomas move up; add a row and fill it with an identity document.
        form = await form.SubmitExpectingFormAsync(editor, "Rows", "remove", "documents:1");
        Assert.Equal("diplomas", form.Value("shared:documents[1].kind"));
        Assert.Equal("Chargé.e de communication THAMM+", form.Value("fr:title"));
        form = await form.SubmitExpectingFormAsync(editor, "Rows", "add", "documents");
        Assert.Equal("", form.Value("shared:documents[3].kind"));
        form.Set("shared:documents[2].kind", "id").Set("shared:documents[2].label.fr", "Copie de la CIN").Set("shared:documents[2].label.ar", "نسخة من البطاقة الوطنية")
            .Check("shared:documents[2].required", "true").Set("shared:referencesRequired", "2");
        await form.SubmitExpectingSavedAsync(editor, "Publish");

        var offer = await site.WithScopeAsync(sp => new ContentQueries(sp.GetRequiredService<ThammJobsDbContext>()).FindPublishedAsync<JobOffer>("fr", "charge-e-de-communication-thamm"));
        Assert.Equal(["cv", "diplomas", "id"], offer!.Content.Documents.Select(d => d.Kind));
        Assert.Equal(2, offer.Content.ReferencesRequired);

        // The application form asks for what the offer now lists.
        var (response, apply) = await Html.GetAsync(Staff.Anonymous(site), "/fr/offres/charge-e-de-communication-thamm/postuler");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.VisibleText(apply);
        Assert.Contains("Copie de la CIN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lettre de motivation", text, StringComparison.Ordinal);
        Assert.Equal(2, apply.QuerySelectorAll("input[id$='-FullName'][id^='References-']").Length);
    }

    [Fact]
    public async Task The_closed_seed_offer_can_be_corrected_and_republished_but_an_open_offer_cannot_get_a_past_deadline()
    {
        var (site, editor) = await StartAsync();
        using var _ = site;
        var form = await EditorForm.OpenAsync(editor, "/fr/admin/contenus/offer-expert-migration-nationale/modifier");
        Assert.Equal("Traduction à jour", form.Page.QuerySelector("#status-fr .badge")!.TextContent.Trim());

        // The deadline (19 March 2026) is past, and stays as it was: a text correction is published.
        form = await form.Set("fr:city", "Rabat (Maroc)").SubmitExpectingSavedAsync(editor, "Publish");
        var (_, page) = await Html.GetAsync(Staff.Anonymous(site), "/fr/offres/expert-migration-nationale-thamm-equipe-france");
        Assert.Contains("Rabat (Maroc)", page.QuerySelector(".offer-place")!.TextContent, StringComparison.Ordinal);

        // Moving it to another past date is refused.
        var refused = await form.Set("shared:deadline.local", "2026-03-25T23:59").SubmitExpectingFormAsync(editor, "Publish");
        Assert.StartsWith("La date limite est passée", refused.ErrorFor("f-shared-deadline-local"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StandardRoles.Recruiter)]
    [InlineData(StandardRoles.Reviewer)]
    public async Task Recruiters_and_reviewers_may_not_open_or_post_the_editor(string role)
    {
        var (site, client) = await StartAsync(role);
        using var _ = site;
        var response = await client.GetAsync("/fr/admin/contenus/offer-expert-migration-nationale/modifier");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/fr/admin/acces-refuse", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var anonymous = await Staff.Anonymous(site).GetAsync("/fr/admin/contenus/nouveau?type=JobOffer");
        Assert.StartsWith("/fr/admin/connexion", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string SetOf(EditorForm form) => form.Url.Split('/')[4];

    private static Task<List<ContentItemVersion>> VersionsAsync(SiteFactory site, EditorForm form) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.TranslationSet == SetOf(form)).ToListAsync());

    private static async Task<(string Fr, string Ar)> StatesAsync(SiteFactory site, EditorForm form)
    {
        var states = await site.WithScopeAsync(sp => sp.GetRequiredService<TranslationStatus>().ForSetAsync(SetOf(form)));
        return (states["fr"].ToString(), states["ar"].ToString());
    }
}

public sealed class ContentEditorTestsOnSqlite() : ContentEditorTests(DatabaseKind.Sqlite);

public sealed class ContentEditorTestsOnPostgreSql() : ContentEditorTests(DatabaseKind.PostgreSql);
