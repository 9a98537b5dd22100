using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>Every class of bad file gets its own message in the page's language, and nothing of it is stored.</summary>
public sealed class UploadSafetyTests
{
    public static TheoryData<string, string, string, string> BadFiles() => new()
    {
        { "empty", "cv.pdf", "fr", "le fichier est vide" },
        { "exe", "cv.pdf", "fr", "ce fichier est un programme" },
        { "elf", "cv.docx", "ar", "هذا الملف برنامج وليس وثيقة" },
        { "text", "cv.pdf", "fr", "ce type de fichier n'est pas accepté" },
        { "pdf-js", "cv.pdf", "fr", "contenu actif" },
        { "pdf-js-hex", "cv.pdf", "fr", "contenu actif" },
        { "pdf-encrypted", "cv.pdf", "ar", "محمي بكلمة مرور" },
        { "docx-macros", "cv.docx", "fr", "contient des macros" },
        { "zip-bomb", "cv.docx", "fr", "anormalement compressé" },
        { "png-huge", "cv.png", "fr", "l'image est trop grande" },
        { "jpeg-truncated", "cv.jpg", "fr", "l'image est endommagée" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_its_message_and_nothing_is_stored(string fixture, string name, string culture, string message)
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        var candidate = new ApplyClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), culture);
        await candidate.OpenAsync();

        var response = await candidate.SubmitAsync(ApplyClient.ValidFields(), [new UploadFile("file-0", name, Bad(fixture), "application/pdf")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, candidate.Page!.QuerySelector("#err-file-0")!.ParentElement!.TextContent);
        Assert.Contains(name, candidate.Page.QuerySelector(".refused")!.TextContent);
        Assert.Equal("Salma", candidate.Page.QuerySelector("#GivenName")!.GetAttribute("value"));
        Assert.Equal(0, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
        Assert.Equal(0, await ApplyFlowTests.CountAsync<Application>(site));
        Assert.Empty(StoredFiles(site));
    }

    [Fact]
    public async Task A_document_takes_no_more_files_than_the_offer_allows()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        var candidate = new ApplyClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";

        await candidate.SubmitAsync(fields, [new UploadFile("file-0", "cv1.pdf", PdfFixtures.Valid(5000)), new UploadFile("file-0", "cv2.pdf", PdfFixtures.Valid(5000))]);

        Assert.Contains("cv2.pdf", candidate.Page!.QuerySelector(".refused")!.TextContent);
        Assert.Equal(1, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
        Assert.Null(candidate.Page.QuerySelector("input[name=file-0]")); // full: no more input for it
    }

    [Fact]
    public async Task The_application_total_is_limited_across_posts()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline)
            .With("ThammJobs:Uploads:MaxFileBytes", "300000")
            .With("ThammJobs:Uploads:MaxApplicationBytes", "500000");
        var candidate = new ApplyClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";
        await candidate.SubmitAsync(fields, [new UploadFile("file-0", "cv.pdf", PdfFixtures.Valid(280_000))]);
        await candidate.SubmitAsync(fields, [new UploadFile("file-1", "lettre.pdf", PdfFixtures.Valid(280_000))]);

        Assert.Contains("dépasse la taille maximale d'une candidature", candidate.Page!.QuerySelector(".refused")!.TextContent);
        Assert.Equal(1, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));

        await candidate.SubmitAsync(fields, [new UploadFile("file-1", "grosse-lettre.pdf", PdfFixtures.Valid(310_000))]);
        Assert.Contains("dépasse la taille maximale par fichier", candidate.Page!.QuerySelector(".refused")!.TextContent);
    }

    [Fact]
    public async Task A_request_over_the_application_limit_gets_a_readable_413_page()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).With("ThammJobs:Uploads:MaxApplicationBytes", "100000");
        var candidate = new ApplyClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "ar");
        await candidate.OpenAsync();

        var response = await candidate.SubmitAsync(ApplyClient.ValidFields(), [new UploadFile("file-0", "cv.pdf", PdfFixtures.Valid(3_000_000))]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("الإرسال كبير الحجم", body);
        Assert.Contains("dir=\"rtl\"", body);
        Assert.Equal(0, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
    }

    [Fact]
    public async Task Too_many_posts_from_one_client_get_a_readable_429_page()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).With("ThammJobs:Applications:RateLimitPermits", "2");
        var candidate = new ApplyClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await candidate.SubmitAsync(fields)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var response = await candidate.SubmitAsync(fields);
        Assert.Contains("Trop de demandes", await response.Content.ReadAsStringAsync());

        // Reading pages is never limited.
        Assert.Equal(HttpStatusCode.OK, (await candidate.OpenAsync()).StatusCode);
    }

    [Fact]
    public async Task Image_metadata_is_removed_before_storage()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        var candidate = new ApplyClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";
        var original = ImageFixtures.JpegWithGpsExif(640, 480);

        await candidate.SubmitAsync(fields, [new UploadFile("file-2", "scan.jpg", original)]);

        var stored = Assert.Single(StoredFiles(site), f => new FileInfo(f).Length > 2000 && File.ReadAllBytes(f).AsSpan().StartsWith(new byte[] { 0xFF, 0xD8 }) && !IsThumbnail(site, f));
        Assert.False(Exif.Present(File.ReadAllBytes(stored)));
        Assert.True(Exif.Present(original));
    }

    private static bool IsThumbnail(SiteFactory site, string path)
    {
        var name = Path.GetFileName(path);
        return site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ThammJobs.Core.Data.ThammJobsDbContext>().Set<ApplicationDocument>().Any(d => d.ThumbnailName == name))).Result;
    }

    internal static string[] StoredFiles(SiteFactory site)
    {
        var folder = Path.Combine(site.Database.DataFolder, "applications", "files");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    private static byte[] Bad(string fixture) => fixture switch
    {
        "empty" => [],
        "exe" => ExecutableFixtures.WindowsPe(),
        "elf" => ExecutableFixtures.Elf(),
        "text" => "Bonjour, voici mon CV."u8.ToArray(),
        "pdf-js" => PdfFixtures.WithJavaScript(),
        "pdf-js-hex" => PdfFixtures.WithHexEscapedJavaScript(),
        "pdf-encrypted" => PdfFixtures.Encrypted(),
        "docx-macros" => OfficeFixtures.DocxWithVbaProject(),
        "zip-bomb" => OfficeFixtures.ZipBomb(),
        "png-huge" => ImageFixtures.PngHeaderClaiming(50_000, 50_000),
        "jpeg-truncated" => ImageFixtures.TruncatedJpeg(),
        _ => throw new ArgumentOutOfRangeException(nameof(fixture)),
    };
}
