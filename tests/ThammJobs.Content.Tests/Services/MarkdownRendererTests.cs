using ThammJobs.Content.Services;

namespace ThammJobs.Content.Tests.Services;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Texte <script src=\"https://evil.example/x.js\"></script> suite")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">clic</a>")]
    [InlineData("<div onmouseover=\"alert(1)\">survol</div>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var html = renderer.RenderToString(markdown);

        InertHtml.AssertInert(html);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JaVaScRiPt:alert(1))")]
    [InlineData("[clic](  javascript:alert(1) )")]
    [InlineData("[clic](vbscript:msgbox(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![image](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[clic][r]\n\n[r]: javascript:alert(1)")]
    public void Links_with_unsafe_schemes_lose_their_target(string markdown) =>
        InertHtml.AssertInert(renderer.RenderToString(markdown));

    [Fact]
    public void Safe_markdown_keeps_its_structure_and_links()
    {
        var html = renderer.RenderToString("## Titre\n\n- **Expert.e** en *migration*\n- travailleur.se.s\n\n[Lien](https://example.org/x)");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>Expert.e</strong> en <em>migration</em></li>", html, StringComparison.Ordinal);
        Assert.Contains("travailleur.se.s", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/x\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener nofollow\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_can_be_rendered_inert_keeping_their_text()
    {
        var html = renderer.RenderWithoutLinks("Postuler : [https://example.org/apply](https://example.org/apply)").ToString();

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains("https://example.org/apply", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_renders_nothing()
    {
        Assert.Equal("", renderer.RenderToString(null));
        Assert.Equal("", renderer.RenderToString("   "));
    }
}
