using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ThammJobs.Browser.Tests;

/// <summary>The offer page as a candidate sees it: on a phone and a laptop, in French and Arabic.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfferPageBrowserTests(BrowserSite browser)
{
    private const string Offer = "offres/expert-migration-nationale-thamm-equipe-france";

    public static TheoryData<string, int, int> Views => new()
    {
        { "fr", 390, 844 },
        { "ar", 390, 844 },
        { "fr", 1280, 900 },
        { "ar", 1280, 900 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_offer_page_reads_well_and_fits_the_screen(string culture, int width, int height)
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/{culture}/{Offer}", width, height);

        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotFolder, $"offer-{culture}-{width}x{height}.png"),
            FullPage = true,
        });

        Assert.Equal(culture == "ar" ? "rtl" : "ltr", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).direction"));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");

        // Mirroring: the heading starts on the reading side of the content column.
        var heading = (await page.Locator("h1").BoundingBoxAsync())!;
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        var gapStart = culture == "ar" ? main.X + main.Width - (heading.X + heading.Width) : heading.X - main.X;
        Assert.InRange(gapStart, 0, 40);

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task The_offer_page_has_no_serious_accessibility_violation(string culture)
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/{culture}/{Offer}", 390, 844);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_translation()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/fr/{Offer}", 390, 844, javaScript: false);

        await page.Locator("a.lang-switch").ClickAsync();

        Assert.EndsWith($"/ar/{Offer}", page.Url, StringComparison.Ordinal);
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Contains("خبير(ة)", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ar/offres/expert-migration-nationale-thamm-equipe-france")]
    [InlineData("/ar/projets/thamm-plus-equipe-france")]
    public async Task A_Latin_name_ending_in_plus_keeps_its_plus_on_the_right_in_Arabic(string path)
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync(path, 390, 844);

        // Where the browser actually drew the last "M" of "THAMM" and the "+" after it.
        var positions = await page.EvaluateAsync<double[]>("""
            () => {
              const node = [...document.querySelector('h1').childNodes].find(n => n.nodeType === 3 && n.textContent.includes('THAMM+'));
              const at = node.textContent.indexOf('THAMM+');
              const box = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
              return [box(at + 4), box(at + 5)];
            }
            """);

        Assert.True(positions[1] > positions[0], $"'+' drawn at {positions[1]}, left of the 'M' at {positions[0]}: it reads +THAMM");
        await page.Context.CloseAsync();
    }
}
