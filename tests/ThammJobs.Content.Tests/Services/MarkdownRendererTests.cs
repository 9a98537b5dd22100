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

    [Fact]
    public void A_text_rendered_again_comes_from_the_cache_with_the_same_html()
    {
        var markdown = "- **Expert.e** en [migration](https://example.org/m)\n- <script>alert(1)</script>";

        var first = renderer.RenderToString(markdown);
        var second = renderer.RenderToString(new string(markdown.AsSpan()));

        Assert.Same(first, second);
        InertHtml.AssertInert(second);
        Assert.Contains("rel=\"noopener nofollow\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_text_with_and_without_links_is_kept_apart_in_either_order()
    {
        const string markdown = "Postuler : [le formulaire](https://example.org/apply)";

        var linklessFirst = renderer.RenderWithoutLinks(markdown).ToString()!;
        var withLinks = renderer.RenderToString(markdown);
        var linklessAgain = renderer.RenderWithoutLinks(markdown).ToString()!;

        Assert.DoesNotContain("<a", linklessFirst, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/apply\"", withLinks, StringComparison.Ordinal);
        Assert.Equal(linklessFirst, linklessAgain);
    }

    [Fact]
    public void A_changed_text_is_rendered_anew()
    {
        Assert.Contains("<em>avant</em>", renderer.RenderToString("*avant*"), StringComparison.Ordinal);
        Assert.Contains("<strong>après</strong>", renderer.RenderToString("**après**"), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_too_long_for_the_cache_are_still_rendered_and_sanitized()
    {
        var markdown = string.Concat(Enumerable.Repeat("Paragraphe <script>alert(1)</script> suite.\n\n", MarkdownRenderer.LargestCachedText / 40));
        Assert.True(markdown.Length > MarkdownRenderer.LargestCachedText);

        var html = renderer.RenderToString(markdown);

        InertHtml.AssertInert(html);
        Assert.Equal(html, renderer.RenderToString(markdown));
    }

    [Fact]
    public void Many_distinct_texts_stay_correct_beyond_the_cache_size()
    {
        using var small = new MarkdownRenderer();
        var text = new string('x', 50_000);
        for (var i = 0; i < 2 * MarkdownRenderer.CachedCharacters / (2 * text.Length); i++)
        {
            Assert.Contains($"{i} {text}", small.RenderToString($"{i} {text}"), StringComparison.Ordinal);
        }

        Assert.Contains("<em>fin</em>", small.RenderToString("*fin*"), StringComparison.Ordinal);
    }
}
