using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Media;

/// <summary>The media library's upload form, posted as a browser without JavaScript would (multipart).</summary>
internal static class MediaClient
{
    public const string Library = "/fr/admin/medias";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[]? file, string fileName, string altFr, string altAr, string culture = "fr")
    {
        var (_, page) = await Html.GetAsync(client, $"/{culture}/admin/medias");
        var form = page.QuerySelector("form[action*='handler=Upload']")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(altFr), "AltFr" },
            { new StringContent(altAr), "AltAr" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg"); // what a browser guesses from the name
            body.Add(content, "file", fileName);
        }

        return await client.PostAsync(form.GetAttribute("action"), body);
    }

    /// <summary>Uploads an image that must be accepted, and returns its id (from the library's thumbnail).</summary>
    public static async Task<string> AddAsync(HttpClient client, byte[] file, string altFr = "Logo du projet", string altAr = "شعار المشروع")
    {
        var before = await IdsAsync(client);
        var response = await UploadAsync(client, file, "logo.jpg", altFr, altAr);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, "upload refused: " + (response.StatusCode == HttpStatusCode.OK ? Html.VisibleText(Html.Parse(await response.Content.ReadAsStringAsync()))[..400] : response.StatusCode.ToString()));
        return Assert.Single((await IdsAsync(client)).Except(before));
    }

    public static async Task<List<string>> IdsAsync(HttpClient client)
    {
        var (_, page) = await Html.GetAsync(client, Library);
        return page.QuerySelectorAll("img.media-thumb").Select(img => img.GetAttribute("src")!.Split('/')[2]).ToList();
    }

    public static IElement? ErrorFor(IDocument page, string id) => page.QuerySelector("#err-" + id);
}
