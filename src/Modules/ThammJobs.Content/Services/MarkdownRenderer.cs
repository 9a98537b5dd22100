using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Services;

/// <summary>
/// Markdown to safe HTML. Markdig runs with raw HTML disabled (it is shown as text), then HtmlSanitizer
/// removes what Markdown itself can still produce: <c>javascript:</c> and other unsafe link schemes, and images
/// other than the media library's (<c>![alt](/media/{id}/card.jpg)</c>, copied from the library).
/// The result depends on the text alone, so it is kept by text (bounded, see <see cref="CachedCharacters"/>):
/// an offer page renders about fifteen sections, and its JSON-LD the same ones again, on every request.
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    /// <summary>Characters (texts and their HTML) kept at most, about 8 MB; the least used go first.</summary>
    internal const long CachedCharacters = 4_000_000;

    /// <summary>Longer texts are rendered each time rather than crowding the cache out.</summary>
    internal const int LargestCachedText = 100_000;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();
    private readonly HtmlSanitizer linkless = CreateLinklessSanitizer();

    // Keyed by the text itself (and the variant): a changed text is a new key, nothing needs invalidating.
    private readonly MemoryCache rendered = new(new MemoryCacheOptions { SizeLimit = CachedCharacters });

    public IHtmlContent Render(string? markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return Cached(markdown, withLinks: true, static (self, text) => self.sanitizer.Sanitize(Markdown.ToHtml(BidiText.Fix(text), self.pipeline)));
    }

    /// <summary>The words of a Markdown text without its markup, for search indexing.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, pipeline);

    /// <summary>
    /// The same text with links turned into plain text: a closed offer keeps its original "how to apply"
    /// section for the record, but offers nothing to click that would look like a way to apply.
    /// </summary>
    public IHtmlContent RenderWithoutLinks(string? markdown) =>
        new HtmlString(string.IsNullOrWhiteSpace(markdown)
            ? ""
            : Cached(markdown, withLinks: false, static (self, text) => self.linkless.Sanitize(self.RenderToString(text))));

    public void Dispose() => rendered.Dispose();

    private string Cached(string markdown, bool withLinks, Func<MarkdownRenderer, string, string> render)
    {
        if (markdown.Length > LargestCachedText)
        {
            return render(this, markdown);
        }

        var key = (markdown, withLinks);
        if (rendered.TryGetValue(key, out string? html) && html is not null)
        {
            return html;
        }

        html = render(this, markdown);
        rendered.Set(key, html, new MemoryCacheEntryOptions { Size = markdown.Length + html.Length });
        return html;
    }

    private static HtmlSanitizer CreateLinklessSanitizer()
    {
        var sanitizer = CreateSanitizer();
        sanitizer.AllowedTags.Remove("a");
        sanitizer.KeepChildNodes = true;
        return sanitizer;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Only what Markdown produces; no style, no forms, no iframes.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAttributes.Remove("srcset");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "IMG" } image)
            {
                // Only the media library's own variants: an outside image would tell a third party who reads the
                // page (a tracking pixel), and a plain path could point anywhere on the site. Others become their alt text.
                if (image.GetAttribute("src") is { } src && Media.MediaUrls.IsVariantPath(src))
                {
                    image.SetAttribute("loading", "lazy");
                    image.SetAttribute("decoding", "async");
                }
                else
                {
                    e.ReplacementNodes.Add(image.Owner!.CreateTextNode(image.GetAttribute("alt") ?? ""));
                }
            }

            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.GetAttribute("href") is { } href
                && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("rel", "noopener nofollow");
            }
        };
        return sanitizer;
    }
}
