using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>
/// First-page previews of PDFs in the recruiter's candidate file: drawn by pdftoppm and re-encoded, served only
/// through the file's handler with its access check; "unavailable" for what cannot be drawn; nothing for files the
/// download refuses; the first page's text without pdftoppm.
/// </summary>
public abstract class PdfPreviewTests(DatabaseKind kind)
{
    private SiteFactory NewSite() => new(now: ApplyFlowTests.BeforeDeadline, kind: kind);

    /// <summary>One application whose CV is <paramref name="cv"/> (plus the usual letter and scan), and an administrator.</summary>
    private static async Task<(Application Application, ApplicationDocument Cv, HttpClient Admin)> ApplyAsync(SiteFactory site, byte[] cv)
    {
        var files = ApplyClient.RequiredFiles();
        files[0] = new UploadFile("file-0", "CV Salma Bennani.pdf", cv);
        await Candidate.ApplyAsync(site, files: files);
        var application = await ApplyFlowTests.LoadSingleAsync(site);
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");
        return (application, application.Documents.Single(d => d.Kind == "cv"), admin);
    }

    private static string FilePath(Application application, string culture = "fr") => $"/{culture}/admin/candidatures/{application.Id:N}";

    private static string PreviewPath(Application application, ApplicationDocument document) =>
        $"{FilePath(application)}?handler=Preview&document={document.Id}";

    private static DocumentStore Store(SiteFactory site) => site.Services.GetRequiredService<DocumentStore>();

    [Fact]
    public async Task A_pdf_shows_its_first_page_as_a_jpeg_drawn_once_without_metadata_and_never_sniffed()
    {
        PdftoppmRequirement.Require();
        using var site = NewSite();
        var (application, cv, admin) = await ApplyAsync(site, PdfFixtures.WithPages("Curriculum vitae\nSalma Bennani", "#"));

        var (response, file) = await Html.GetAsync(admin, FilePath(application));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var image = Assert.Single(file.QuerySelectorAll("a.document-preview img"));
        Assert.Equal(PreviewPath(application, cv), image.GetAttribute("src"));
        Assert.Equal("Première page de « CV Salma Bennani.pdf » — agrandir l’aperçu", image.GetAttribute("alt"));
        Assert.Equal(PreviewPath(application, cv) + "&taille=grande", image.ParentElement!.GetAttribute("href"));
        // The scan keeps its own thumbnail; the letter (DOCX) has no preview and no "unavailable" either.
        Assert.Single(file.QuerySelectorAll("img.document-thumb[src*='handler=Thumbnail']"));
        Assert.DoesNotContain("Aperçu indisponible", Html.VisibleText(file), StringComparison.Ordinal);
        Assert.True(Store(site).PreviewExists(cv.StoredName, PreviewKind.SmallImage));

        var small = await admin.GetAsync(PreviewPath(application, cv));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal("image/jpeg", small.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", small.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(small.Headers.CacheControl!.Private && small.Headers.CacheControl.NoStore);
        Assert.Equal("inline", small.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("default-src 'none'", small.Headers.GetValues("Content-Security-Policy").Single());
        var smallInfo = Image.Identify(await small.Content.ReadAsByteArrayAsync(), out var format);
        Assert.Equal(JpegFormat.Instance, format);
        Assert.Equal(320, Math.Max(smallInfo.Width, smallInfo.Height));
        Assert.Null(smallInfo.Metadata.ExifProfile);
        Assert.Null(smallInfo.Metadata.XmpProfile);
        Assert.Null(smallInfo.Metadata.IccProfile);

        var large = await admin.GetAsync(PreviewPath(application, cv) + "&taille=grande");
        var largeInfo = Image.Identify(await large.Content.ReadAsByteArrayAsync());
        Assert.Equal(800, Math.Max(largeInfo.Width, largeInfo.Height));

        // Made once: the next view serves the same stored image.
        var written = File.GetLastWriteTimeUtc(Store(site).PreviewPathOf(cv.StoredName, PreviewKind.Image));
        await admin.GetStringAsync(FilePath(application));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Store(site).PreviewPathOf(cv.StoredName, PreviewKind.Image)));

        // The Arabic file says the same in Arabic.
        var (_, arabic) = await Html.GetAsync(admin, FilePath(application, "ar"));
        Assert.Equal("الصفحة الأولى من «CV Salma Bennani.pdf» — تكبير المعاينة", arabic.QuerySelector("a.document-preview img")!.GetAttribute("alt"));

        // The previews go with their file.
        Store(site).Delete(cv.StoredName);
        Assert.False(Store(site).PreviewExists(cv.StoredName, PreviewKind.Image));
        Assert.False(Store(site).PreviewExists(cv.StoredName, PreviewKind.SmallImage));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(PreviewPath(application, cv))).StatusCode);
    }

    [Theory]
    [InlineData("without-pages")]
    [InlineData("slow-to-draw")]
    public async Task A_pdf_that_pdftoppm_cannot_draw_in_time_is_unavailable_not_an_error(string which)
    {
        PdftoppmRequirement.Require();
        using var site = NewSite().With("ThammJobs:Applications:PdfPreview:TimeoutSeconds", "2");
        var (application, cv, admin) = await ApplyAsync(site, which == "slow-to-draw" ? PdfFixtures.SlowToDraw() : PdfFixtures.WithoutPages());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (response, file) = await Html.GetAsync(admin, FilePath(application));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the file took {clock.Elapsed}");
        Assert.Contains("Aperçu indisponible", Html.VisibleText(file), StringComparison.Ordinal);
        Assert.Empty(file.QuerySelectorAll("a.document-preview"));
        Assert.NotNull(file.QuerySelector($"a[href*='handler=Document&document={cv.Id}']"));   // the download stays
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(PreviewPath(application, cv))).StatusCode);
        Assert.False(Store(site).PreviewExists(cv.StoredName, PreviewKind.Image));

        // Not tried again on every view: the failure is remembered.
        clock.Restart();
        await admin.GetStringAsync(FilePath(application));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the second view took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_pdf_flagged_for_a_form_gets_an_image_and_keeps_its_flag()
    {
        PdftoppmRequirement.Require();
        using var site = NewSite();
        var (application, cv, admin) = await ApplyAsync(site, PdfFixtures.WithAcroForm());

        var (_, file) = await Html.GetAsync(admin, FilePath(application));

        Assert.NotNull(file.QuerySelector($"a.document-preview img[src='{PreviewPath(application, cv)}']"));
        var text = Html.VisibleText(file);
        Assert.Contains("Contient : un formulaire", text, StringComparison.Ordinal);
        Assert.Contains("L’aperçu est une image, sans rien d’actif", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ScanStatus.AwaitingScan)]
    [InlineData(ScanStatus.Infected)]
    public async Task A_pdf_the_download_refuses_gets_no_preview_at_all(ScanStatus status)
    {
        using var site = NewSite();
        var (application, cv, admin) = await ApplyAsync(site, PdfFixtures.WithPages("Curriculum vitae"));
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ApplicationDocument>()
            .Where(d => d.Id == cv.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ScanStatus, status)));

        var (_, file) = await Html.GetAsync(admin, FilePath(application));
        var preview = await admin.GetAsync(PreviewPath(application, cv));

        Assert.Empty(file.QuerySelectorAll("a.document-preview, figure.document-text"));
        Assert.DoesNotContain("Curriculum vitae", Html.VisibleText(file), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        foreach (var kind in Enum.GetValues<PreviewKind>())
        {
            Assert.False(Store(site).PreviewExists(cv.StoredName, kind), kind.ToString());
        }
    }

    [Fact]
    public async Task Without_pdftoppm_the_file_shows_the_first_page_text_escaped_with_the_page_count()
    {
        using var site = NewSite().With("ThammJobs:Applications:PdfPreview:PdftoppmPath", "/nonexistent/bin/pdftoppm");
        var (application, cv, admin) = await ApplyAsync(site, PdfFixtures.WithPages("<script>alert(1)</script>\nSalma Bennani, ingenieure", "Page deux"));

        var (_, file) = await Html.GetAsync(admin, FilePath(application));

        var figure = Assert.Single(file.QuerySelectorAll("figure.document-text"));
        Assert.Equal("Texte de la page 1 sur 2", figure.QuerySelector("figcaption")!.TextContent);
        var text = figure.QuerySelector("p")!;
        Assert.Contains("<script>alert(1)</script>", text.TextContent, StringComparison.Ordinal);   // shown as text…
        Assert.Empty(text.Children);                                                                // …not as markup
        Assert.Contains("Salma Bennani, ingenieure", text.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Page deux", text.TextContent, StringComparison.Ordinal);
        Assert.Equal("auto", text.GetAttribute("dir"));
        Assert.Empty(file.QuerySelectorAll("a.document-preview"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(PreviewPath(application, cv))).StatusCode);
        Assert.True(Store(site).PreviewExists(cv.StoredName, PreviewKind.Text));   // read once, kept beside the file

        var (_, arabic) = await Html.GetAsync(admin, FilePath(application, "ar"));
        Assert.Equal("نص الصفحة 1 من 2", arabic.QuerySelector("figure.document-text figcaption")!.TextContent);
    }

    [Fact]
    public async Task The_maintenance_sweep_removes_previews_whose_file_is_gone_and_keeps_the_others()
    {
        using var site = NewSite().With("ThammJobs:Applications:PdfPreview:PdftoppmPath", "/nonexistent/bin/pdftoppm");
        var files = ApplyClient.RequiredFiles();
        files[0] = new UploadFile("file-0", "CV.pdf", PdfFixtures.WithPages("Curriculum vitae"));
        files[1] = new UploadFile("file-1", "Lettre.pdf", PdfFixtures.WithPages("Lettre de motivation"));
        await Candidate.ApplyAsync(site, files: files);
        var application = await ApplyFlowTests.LoadSingleAsync(site);
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");
        var cv = application.Documents.Single(d => d.Kind == "cv");
        var letter = application.Documents.Single(d => d.Kind == "cover-letter");
        await admin.GetStringAsync(FilePath(application));
        Assert.True(Store(site).PreviewExists(cv.StoredName, PreviewKind.Text));
        Assert.True(Store(site).PreviewExists(letter.StoredName, PreviewKind.Text));

        // A crash between deleting a file and deleting its preview leaves the preview alone on disk.
        File.Delete(Store(site).PathOf(cv.StoredName));
        // Both previews older than the sweep's one-hour grace on the site's clock, whatever the machine's own date.
        foreach (var name in new[] { cv.StoredName, letter.StoredName })
        {
            File.SetLastWriteTimeUtc(Store(site).PreviewPathOf(name, PreviewKind.Text), site.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        }

        await site.Services.GetRequiredService<ThammJobs.Applications.Hosting.ApplicationsMaintenance>().RunOnceAsync(CancellationToken.None);

        Assert.False(Store(site).PreviewExists(cv.StoredName, PreviewKind.Text));
        Assert.True(Store(site).PreviewExists(letter.StoredName, PreviewKind.Text));
    }

    [Fact]
    public async Task Without_pdftoppm_a_pdf_pdfpig_cannot_read_is_unavailable()
    {
        using var site = NewSite().With("ThammJobs:Applications:PdfPreview:PdftoppmPath", "/nonexistent/bin/pdftoppm");
        var (application, _, admin) = await ApplyAsync(site, PdfFixtures.WithoutPages());

        var (response, file) = await Html.GetAsync(admin, FilePath(application));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aperçu indisponible", Html.VisibleText(file), StringComparison.Ordinal);
        Assert.Empty(file.QuerySelectorAll("figure.document-text"));
    }

    [Fact]
    public async Task The_preview_needs_the_same_access_as_the_file()
    {
        using var site = NewSite();
        var (application, cv, _) = await ApplyAsync(site, PdfFixtures.WithPages("Curriculum vitae"));
        await Staff.CreateAsync(site, StandardRoles.Recruiter);   // not assigned to the offer
        await Staff.CreateAsync(site, StandardRoles.Editor);

        foreach (var email in new[] { "recruiter@thammjobs.test", "editor@thammjobs.test" })
        {
            var (client, _) = await Staff.SignInAsync(site, email);
            var response = await client.GetAsync(PreviewPath(application, cv) + "&taille=grande");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/fr/admin/acces-refuse", response.Headers.Location!.OriginalString);
        }

        var anonymous = await Staff.Anonymous(site).GetAsync(PreviewPath(application, cv));
        Assert.StartsWith("/fr/admin/connexion", anonymous.Headers.Location!.OriginalString);
        Assert.False(Store(site).PreviewExists(cv.StoredName, PreviewKind.Image));
    }
}

public sealed class PdfPreviewTestsOnSqlite() : PdfPreviewTests(DatabaseKind.Sqlite);

public sealed class PdfPreviewTestsOnPostgreSql() : PdfPreviewTests(DatabaseKind.PostgreSql);

/// <summary>pdftoppm on PATH: tests that draw pages are skipped without it locally, and fail under CI=true (.ci/run installs poppler-utils).</summary>
internal static class PdftoppmRequirement
{
    public static void Require()
    {
        var renderer = new ThammJobs.Uploads.Previews.PdfPageRenderer(
            Microsoft.Extensions.Options.Options.Create(new ThammJobs.Uploads.Previews.PdfPreviewOptions()),
            new ThammJobs.Uploads.Images.ImageSanitizer(Microsoft.Extensions.Options.Options.Create(new ThammJobs.Uploads.UploadOptions())),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ThammJobs.Uploads.Previews.PdfPageRenderer>.Instance);
        if (renderer.IsAvailable)
        {
            return;
        }

        const string problem = "pdftoppm not found on PATH (apt-get install poppler-utils)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(problem + ": PDF preview tests must run in CI.");
        }

        Assert.Skip(problem);
    }
}
