using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// The search page on a phone: typing and submitting the form finds offers. (The page has no script of
/// its own, so this is the no-JavaScript path; Playwright needs JavaScript on to measure the page and run axe.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageBrowserTests(BrowserSite browser)
{
    [Theory]
    [InlineData("fr", "migration", "Expert.e Migration nationale")]
    [InlineData("ar", "الهجرة", "خبير(ة)")]
    public async Task A_candidate_searches_from_a_phone(string culture, string words, string expected)
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/{culture}/offres", 390, 844);

        await page.Locator("input[name=q]").FillAsync(words);
        await page.Locator("select[name=status]").SelectOptionAsync("all");
        await page.Locator(".search-row button[type=submit]").ClickAsync();
        // Generous: under CI every test assembly runs at once on 2 cores, and this is the shared site's first search.
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 60_000 });
        Assert.Contains(expected, await page.Locator("ol.results li.card h2").First.InnerTextAsync(), StringComparison.Ordinal);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"search-{culture}-390x844.png"), FullPage = true });

        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})")));
        await page.Context.CloseAsync();
    }
}
