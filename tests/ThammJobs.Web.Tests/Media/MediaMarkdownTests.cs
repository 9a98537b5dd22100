using AngleSharp.Dom;
using ThammJobs.Content.Services;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Media;

/// <summary>Markdown texts may show the media library's images, and no other.</summary>
public sealed class MediaMarkdownTests
{
    private static readonly string Id = new('a', 32);

    [Fact]
    public void A_library_snippet_becomes_a_lazy_image_with_its_alt_text()
    {
        using var renderer = new MarkdownRenderer();
        var html = Html.Parse(renderer.RenderToString($"Notre équipe :\n\n![L'équipe THAMM+ à Rabat](/media/{Id}/card.jpg)"));
        var image = Assert.Single(html.QuerySelectorAll("img"));
        Assert.Equal($"/media/{Id}/card.jpg", image.GetAttribute("src"));
        Assert.StartsWith("L'équipe THAMM+", image.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal("lazy", image.GetAttribute("loading"));
    }

    [Theory]
    [InlineData("![pixel](https://tracker.example/p.gif)")]
    [InlineData("![pixel](//tracker.example/p.gif)")]
    [InlineData("![x](/fr/admin/utilisateurs)")]
    [InlineData("![x](/media/aaaa/card.jpg)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("<img src=\"/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/card.jpg\" onerror=\"alert(1)\">")]
    public void Other_images_are_not_shown(string markdown)
    {
        using var renderer = new MarkdownRenderer();
        var html = renderer.RenderToString(markdown);
        Assert.Empty(Html.Parse(html).QuerySelectorAll("img"));
        Assert.DoesNotContain("onerror", Html.Parse(html).QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name));
    }
}
