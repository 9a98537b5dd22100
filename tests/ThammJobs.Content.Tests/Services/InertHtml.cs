using AngleSharp.Html.Parser;

namespace ThammJobs.Content.Tests.Services;

/// <summary>Checks HTML as a browser would parse it: no active element, no event handler, no script URL.</summary>
internal static class InertHtml
{
    private static readonly string[] ActiveElements = ["script", "iframe", "object", "embed", "svg", "math", "form", "style", "link", "meta", "base"];
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    public static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ActiveElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                Assert.False(UnsafeSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"unsafe URL {attribute.Value} in {html}");
            }
        }
    }
}
