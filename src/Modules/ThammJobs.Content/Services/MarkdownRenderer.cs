using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Services;

/// <summary>
/// Markdown to safe HTML. Markdig runs with raw HTML disabled (it is shown as text), then HtmlSanitizer
/// removes what Markdown itself can still produce: <c>javascript:</c> and other unsafe link schemes.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();
    private readonly HtmlSanitizer linkless = CreateLinklessSanitizer();

    public IHtmlContent Render(string? markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(BidiText.Fix(markdown), pipeline);
        return sanitizer.Sanitize(html);
    }

    /// <summary>The words of a Markdown text without its markup, for search indexing.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, pipeline);

    /// <summary>
    /// The same text with links turned into plain text: a closed offer keeps its original "how to apply"
    /// section for the record, but offers nothing to click that would look like a way to apply.
    /// </summary>
    public IHtmlContent RenderWithoutLinks(string? markdown) =>
        new HtmlString(string.IsNullOrWhiteSpace(markdown) ? "" : linkless.Sanitize(RenderToString(markdown)));

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
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.GetAttribute("href") is { } href
                && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("rel", "noopener nofollow");
            }
        };
        return sanitizer;
    }
}
