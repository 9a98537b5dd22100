using Microsoft.Playwright;

namespace ThammJobs.Browser.Tests;

/// <summary>A site of its own whose pdftoppm is configured where there is none: the text previews of a fresh machine.</summary>
public sealed class TextPreviewBrowserSite : BrowserSite
{
    public TextPreviewBrowserSite()
    {
        Site.With("ThammJobs:Applications:PdfPreview:PdftoppmPath", "/nonexistent/bin/pdftoppm");
    }
}

/// <summary>
/// Without pdftoppm the candidate file shows each PDF's first-page text in a box under its name, readable in French
/// and in Arabic (right to left) and on a phone, without widening the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PdfTextPreviewBrowserTests(TextPreviewBrowserSite browser) : IClassFixture<TextPreviewBrowserSite>
{
    private const string Email = "apercus-texte@thammjobs.test";
    private const string Password = "a long enough sentence for the text previews";

    [Fact]
    public async Task Without_pdftoppm_a_recruiter_reads_the_first_page_text_in_french_and_arabic()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var applicationId = await PdfPreviewBrowserTests.PrepareAsync(browser, Email, Password);
        var page = await PdfPreviewBrowserTests.SignInAsync(browser, Email, Password);

        foreach (var (culture, width, height) in new[] { ("fr", 1280, 900), ("ar", 1280, 900), ("ar", 390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync($"{browser.BaseUrl}/{culture}/admin/candidatures/{applicationId:N}");
            var box = page.Locator("figure.document-text").First;
            await box.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            Assert.Contains(culture == "ar" ? "نص الصفحة 1 من 1" : "Texte de la page 1 sur 1", await box.Locator("figcaption").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("THAMM-2026-", await box.Locator("p").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("a.document-preview").CountAsync());
            await PdfPreviewBrowserTests.AssertNoSidewaysScrollAsync(page, $"the {culture} file at {width}px");
            await page.Locator("ul.documents").ScreenshotAsync(new LocatorScreenshotOptions { Path = PdfPreviewBrowserTests.Screenshot($"candidate-pdf-text-{culture}-{width}.png") });
        }

        await page.Context.CloseAsync();
    }
}
