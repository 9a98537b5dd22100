using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using ThammJobs.Content.Media;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Media;

/// <summary>The media library end to end: upload through the back office, variants, refusals, banner, deletion.</summary>
public abstract class MediaLibraryTests(DatabaseKind kind)
{
    [Fact]
    public async Task Variants_have_the_profiles_sizes_no_metadata_are_made_once_and_are_cached_for_a_year()
    {
        using var site = new SiteFactory(kind: kind);
        var editor = await EditorAsync(site);
        var id = await MediaClient.AddAsync(editor, ImageFixtures.JpegWithGpsExif(2000, 1000));

        var item = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<MediaItem>().SingleAsync(m => m.Id == id));
        Assert.Equal((2000, 1000, "image/jpeg", "Logo du projet", "شعار المشروع", "editor@thammjobs.test"), (item.Width, item.Height, item.ContentType, item.AltFr, item.AltAr, item.CreatedBy));
        var original = site.Services.GetRequiredService<MediaStore>().OriginalPath(item.StoredName);
        Assert.Equal(item.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(original))));
        Assert.Null(Image.Identify(original).Metadata.ExifProfile);

        var variants = site.Services.GetRequiredService<MediaVariants>();
        var generatedBefore = variants.Generated;
        var visitor = Staff.Anonymous(site);
        foreach (var (profile, width, height) in new[] { ("hero", 1200, 600), ("card", 800, 400), ("thumb", 240, 120) })
        {
            // A width in the query string changes nothing: only the profile decides.
            var response = await visitor.GetAsync($"/media/{id}/{profile}.jpg?w=50&width=50");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
            Assert.False(response.Headers.ETag!.IsWeak);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var info = Image.Identify(bytes);
            Assert.Equal((width, height), (info.Width, info.Height));
            Assert.Null(info.Metadata.ExifProfile);
            Assert.Null(info.Metadata.XmpProfile);
            Assert.DoesNotContain("Phone 12", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }

        // Made on their first request (nobody loaded the library page's thumbnail before); then never again.
        Assert.Equal(generatedBefore + 3, variants.Generated);
        var again = await visitor.GetAsync($"/media/{id}/hero.jpg");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(generatedBefore + 3, variants.Generated);

        // Revalidation: 304 with the same ETag, no body.
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/media/{id}/hero.jpg");
        conditional.Headers.IfNoneMatch.Add(again.Headers.ETag!);
        var notModified = await visitor.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(again.Headers.ETag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Only configured profiles, in their own format, of existing images.
        foreach (var path in new[] { $"/media/{id}/huge.jpg", $"/media/{id}/hero.png", $"/media/{id}/hero", $"/media/{new string('a', 32)}/hero.jpg", "/media/../hero.jpg", $"/media/{id.ToUpperInvariant()}/hero.jpg" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [InlineData("exe", "ce fichier est un programme")]
    [InlineData("gif", "n'est pas une image JPEG ou PNG")]
    [InlineData("svg", "n'est pas une image JPEG ou PNG")]
    [InlineData("empty", "aucun fichier n'a été choisi")]
    [InlineData("large", "le fichier dépasse 1 Mo")]
    public async Task Files_that_are_not_jpeg_or_png_images_are_refused_with_a_message_and_the_texts_are_kept(string kindOfFile, string message)
    {
        using var site = new SiteFactory(kind: kind).With("ThammJobs:Media:MaxFileBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var editor = await EditorAsync(site);
        byte[] file = kindOfFile switch
        {
            "exe" => ExecutableFixtures.WindowsPe(),
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B],
            "svg" => "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray(),
            "empty" => [],
            _ => ImageFixtures.Jpeg(3000, 2000),
        };
        if (kindOfFile == "large")
        {
            Assert.True(file.Length > 1024 * 1024, "the fixture must be over the limit");
        }

        var response = await MediaClient.UploadAsync(editor, file, "logo.jpg", "Logo", "شعار");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, MediaClient.ErrorFor(page, "media-file")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Logo", page.QuerySelector("#media-alt-fr")!.GetAttribute("value"));
        Assert.Equal("شعار", page.QuerySelector("#media-alt-ar")!.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task Alternative_texts_are_required_in_both_languages_with_messages_in_the_pages_language()
    {
        using var site = new SiteFactory(kind: kind);
        var editor = await EditorAsync(site);

        var response = await MediaClient.UploadAsync(editor, ImageFixtures.Jpeg(400, 300), "logo.jpg", "Logo du projet", "   ", culture: "ar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("هذا النص إلزامي.", MediaClient.ErrorFor(page, "media-alt-ar")!.TextContent.Trim());
        Assert.Null(MediaClient.ErrorFor(page, "media-alt-fr"));
        Assert.Equal("Logo du projet", page.QuerySelector("#media-alt-fr")!.GetAttribute("value"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(0, await CountAsync(site));

        // Editing: emptying the French text is refused the same way.
        var id = await MediaClient.AddAsync(editor, ImageFixtures.Png(300, 200));
        var (_, edit) = await Html.GetAsync(editor, $"/fr/admin/medias/{id}");
        var form = edit.QuerySelector("form[action*='handler=Save']")!;
        var refused = await editor.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["AltFr"] = "",
            ["AltAr"] = "شعار جديد",
        }));
        var refusedPage = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("ce texte est obligatoire.", MediaClient.ErrorFor(refusedPage, "media-alt-fr")!.TextContent.Trim());
        Assert.Equal("شعار جديد", refusedPage.QuerySelector("#media-alt-ar")!.GetAttribute("value"));
        var stored = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<MediaItem>().SingleAsync(m => m.Id == id));
        Assert.Equal("Logo du projet", stored.AltFr);
    }

    [Fact]
    public async Task A_banner_shows_on_the_offer_page_in_each_language_and_keeps_its_image_from_being_deleted()
    {
        using var site = new SiteFactory(kind: kind);
        var editor = await EditorAsync(site);
        var id = await MediaClient.AddAsync(editor, ImageFixtures.Jpeg(2000, 1000), "Rabat, vue du port", "الرباط، منظر من الميناء");
        var visitor = Staff.Anonymous(site);
        const string offer = "/fr/offres/expert-migration-nationale-thamm-equipe-france";
        var (_, before) = await Html.GetAsync(visitor, offer);
        Assert.Null(before.QuerySelector(".offer-banner"));

        var form = await EditorForm.OpenAsync(editor, "/fr/admin/contenus/offer-expert-migration-nationale/modifier");
        Assert.NotNull(form.Page.QuerySelector($"select#f-shared-bannerMedia option[value='{id}']"));
        await form.Set("shared:bannerMedia", id).SubmitExpectingSavedAsync(editor, "Publish");

        var (response, french) = await Html.GetAsync(visitor, offer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var image = french.QuerySelector("figure.offer-banner img")!;
        Assert.Equal($"/media/{id}/hero.jpg", image.GetAttribute("src"));
        Assert.Equal(("1200", "600"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal($"/media/{id}/card.jpg 800w, /media/{id}/hero.jpg 1200w", image.GetAttribute("srcset"));
        Assert.Equal("Rabat, vue du port", image.GetAttribute("alt"));
        var arabicUrl = french.QuerySelector("link[rel=alternate][hreflang=ar]")?.GetAttribute("href") ?? "/ar/offres/expert-migration-nationale-thamm-equipe-france";
        var (_, arabic) = await Html.GetAsync(visitor, new Uri(arabicUrl, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(arabicUrl).PathAndQuery : arabicUrl);
        Assert.Equal("الرباط، منظر من الميناء", arabic.QuerySelector("figure.offer-banner img")!.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/media/{id}/hero.jpg")).StatusCode);

        // A new alt text reaches the (cached) public page at once.
        var (_, edit) = await Html.GetAsync(editor, $"/fr/admin/medias/{id}");
        var save = edit.QuerySelector("form[action*='handler=Save']")!;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(save.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = save.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["AltFr"] = "Le port de Rabat",
            ["AltAr"] = "ميناء الرباط",
        }))).StatusCode);
        var (_, updated) = await Html.GetAsync(visitor, offer);
        Assert.Equal("Le port de Rabat", updated.QuerySelector("figure.offer-banner img")!.GetAttribute("alt"));

        // Deleting is refused while the offer uses it, with the offer named.
        var deleted = await DeleteAsync(editor, id);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var text = Html.VisibleText(Html.Parse(await deleted.Content.ReadAsStringAsync()));
        Assert.Contains("sert de bannière", text, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(site));

        // Once the offer has another banner (none), the image goes, files included; its URLs answer 404.
        form = await EditorForm.OpenAsync(editor, "/fr/admin/contenus/offer-expert-migration-nationale/modifier");
        await form.Set("shared:bannerMedia", "").SubmitExpectingSavedAsync(editor, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, (await DeleteAsync(editor, id)).StatusCode);
        Assert.Equal(0, await CountAsync(site));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/media/{id}/hero.jpg")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(site.Services.GetRequiredService<MediaStore>().Root, "variants", id)));
        var (_, after) = await Html.GetAsync(visitor, offer);
        Assert.Null(after.QuerySelector(".offer-banner"));
    }

    [Fact]
    public async Task Recruiters_cannot_open_the_library_but_anyone_can_load_its_images()
    {
        using var site = new SiteFactory(kind: kind);
        var editor = await EditorAsync(site);
        var id = await MediaClient.AddAsync(editor, ImageFixtures.Png(300, 300));
        await Staff.CreateAsync(site, StandardRoles.Recruiter);
        var (recruiter, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");

        var denied = await recruiter.GetAsync(MediaClient.Library);
        Assert.StartsWith("/fr/admin/acces-refuse", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var image = await Staff.Anonymous(site).GetAsync($"/media/{id}/card.jpg");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal((300, 300), (Image.Identify(await image.Content.ReadAsByteArrayAsync()).Width, 300));
    }

    private static async Task<HttpClient> EditorAsync(SiteFactory site)
    {
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        return editor;
    }

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string id)
    {
        var (_, page) = await Html.GetAsync(client, MediaClient.Library);
        var form = page.QuerySelector("form[action*='handler=Delete']")!;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["id"] = id,
        }));
    }

    private static Task<int> CountAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<MediaItem>().CountAsync());
}

public sealed class MediaLibraryTestsOnSqlite() : MediaLibraryTests(DatabaseKind.Sqlite);

public sealed class MediaLibraryTestsOnPostgreSql() : MediaLibraryTests(DatabaseKind.PostgreSql);
