using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ThammJobs.Web.Tests.Public;

/// <summary>Pages are checked as parsed documents, not as strings, so markup changes don't fool the tests.</summary>
internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response, Parse(body));
    }

    /// <summary>The text a reader sees: body text without scripts.</summary>
    public static string VisibleText(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script").ToList())
        {
            script.Remove();
        }

        return document.Body!.TextContent;
    }
}
