using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThammJobs.Core.Security;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// An editor, new to the site, creates an offer in French and Arabic in the editor, watches the Markdown
/// preview as they type, opens the private preview, publishes, and finds the offer on the public site and
/// through the public search. Screenshots of the editor in both languages (Arabic right-to-left) and of the
/// preview are saved for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorBrowserTests(BrowserSite browser)
{
    private const string Email = "redaction@thammjobs.test";
    private const string Password = "a long enough sentence for the editor";

    [Fact]
    public async Task An_editor_creates_previews_and_publishes_a_bilingual_offer_and_finds_it_on_the_public_site()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        await browser.Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Salma Rédaction" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, StandardRoles.Editor);
            return 0;
        });

        var page = await browser.OpenAsync("/fr/admin/connexion", 1280, 900);
        await page.Locator("#Email").FillAsync(Email);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.EndsWith("/fr/admin", StringComparison.Ordinal), "/fr/admin");

        await page.GotoAsync(browser.BaseUrl + "/fr/admin/contenus");
        await page.Locator("a.new-link", new PageLocatorOptions { HasText = "Nouvelle offre" }).ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.Contains("/modifier?type=JobOffer", StringComparison.Ordinal), "/modifier?type=JobOffer");

        var fields = new Dictionary<string, string>
        {
            ["#f-fr-title"] = "Chargé.e de suivi-évaluation THAMM+",
            ["#f-ar-title"] = "مكلف(ة) بالتتبع والتقييم THAMM+",
            ["#f-fr-summary"] = "Expertise France recrute un.e chargé.e de suivi-évaluation à Rabat.",
            ["#f-ar-summary"] = "تبحث الوكالة الفرنسية للخبرة عن مكلف(ة) بالتتبع والتقييم بالرباط.",
            ["#f-shared-reference"] = "SERA-2026",
            ["#f-shared-deadline-local"] = "2026-12-31T23:59",
            ["#f-fr-country"] = "Maroc",
            ["#f-ar-country"] = "المغرب",
            ["#f-fr-city"] = "Rabat",
            ["#f-ar-city"] = "الرباط",
            ["#f-ar-sections-mission"] = "تتبع مؤشرات مشروع **THAMM+** وتقييم أنشطته.",
            ["#f-fr-sections-howToApply"] = "Postulez en ligne sur ce site.",
            ["#f-ar-sections-howToApply"] = "قدّموا ترشيحكم عبر هذا الموقع.",
        };
        foreach (var (selector, value) in fields)
        {
            await page.Locator(selector).FillAsync(value);
        }

        await page.Locator("#f-shared-contractType").SelectOptionAsync("CDD");
        await page.Locator("#f-shared-sectors-public-policy").CheckAsync();

        // The Markdown preview follows the typing, rendered by the public site's pipeline.
        await page.Locator("#f-fr-sections-mission").PressSequentiallyAsync("Suivre les indicateurs du projet **THAMM+**.");
        await page.Locator("#pv-f-fr-sections-mission strong").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal("THAMM+", await page.Locator("#pv-f-fr-sections-mission strong").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("editor-fr-1280-new-offer.png"), FullPage = true });

        await page.Locator(".editor-actions button", new PageLocatorOptions { HasText = "Enregistrer et prévisualiser" }).ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.Contains("fait=apercu", StringComparison.Ordinal), "fait=apercu");
        var editorUrl = page.Url[..page.Url.IndexOf('?', StringComparison.Ordinal)];
        var previewLink = await page.Locator("#status-ar a.preview-link").GetAttributeAsync("href");

        // The private link works for a colleague without an account, in Arabic, right-to-left.
        var colleague = await browser.OpenAsync(previewLink!, 390, 844);
        Assert.Equal("rtl", await colleague.Locator("html").GetAttributeAsync("dir"));
        Assert.Contains("مكلف(ة) بالتتبع والتقييم", await colleague.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        // In Arabic text a left-to-right mark follows "THAMM+" (BidiText), or it would read "+THAMM".
        Assert.Equal("THAMM+\u200E", await colleague.Locator("#mission strong").InnerTextAsync());
        await colleague.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("preview-ar-390x844.png"), FullPage = true });
        await colleague.Context.CloseAsync();

        // The same editor in Arabic: right-to-left, each field in the direction of its own language.
        await page.GotoAsync(editorUrl.Replace("/fr/", "/ar/", StringComparison.Ordinal));
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ltr", await page.Locator("#f-fr-title").GetAttributeAsync("dir"));
        // The Arabic field shows the public pages' mark after "THAMM+" (else it reads "+THAMM" there too)...
        Assert.EndsWith("THAMM+\u200E", await page.Locator("#f-ar-title").InputValueAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("editor-ar-1280.png"), FullPage = true });

        await page.Locator(".publish-box button[type=submit]").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.Contains("fait=publication", StringComparison.Ordinal), "fait=publication");
        Assert.Equal(2, await page.Locator(".translation-uptodate").CountAsync());
        // ...which is not stored: the text stays as typed.
        var storedTitle = await browser.Site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobs.Core.Data.ThammJobsDbContext>()
            .Set<ThammJobs.Content.Models.ContentItemVersion>().Where(v => v.Culture == "ar" && v.Latest && v.Title.StartsWith("مكلف(ة) بالتتبع")).Select(v => v.Title).FirstAsync());
        Assert.Equal("مكلف(ة) بالتتبع والتقييم THAMM+", storedTitle);

        var visitor = await browser.OpenAsync("/fr/offres", 390, 844);
        await visitor.Locator("a", new PageLocatorOptions { HasText = "Chargé.e de suivi-évaluation THAMM+" }).First.ClickAsync();
        await BrowserSite.WaitForAddressAsync(visitor, url => url.Contains("/fr/offres/charge-e-de-suivi-evaluation-thamm", StringComparison.Ordinal), "/fr/offres/charge-e-de-suivi-evaluation-thamm");
        Assert.Equal("Chargé.e de suivi-évaluation THAMM+", (await visitor.Locator("h1").InnerTextAsync()).Trim());

        // The public search finds it once the indexer has run (it wakes on the commit): ask until it shows, for at most 30 s.
        var found = false;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !found && DateTime.UtcNow < deadline;)
        {
            await visitor.GotoAsync(browser.BaseUrl + "/ar/offres?q=" + Uri.EscapeDataString("التقييم") + "&status=all");
            found = await visitor.Locator("ol.results li.card h2", new PageLocatorOptions { HasText = "مكلف(ة) بالتتبع والتقييم" }).CountAsync() > 0;
        }

        Assert.True(found, "the Arabic search did not find the new offer");
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("search-ar-new-offer-390x844.png"), FullPage = true });
        await visitor.Context.CloseAsync();

        // Narrow screen: the two languages stack and nothing overflows.
        var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            StorageState = await page.Context.StorageStateAsync(),
        });
        var small = await phone.NewPageAsync();
        await small.GotoAsync(editorUrl.Replace("/fr/", "/ar/", StringComparison.Ordinal));
        var overflow = await small.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the editor is {overflow}px wider than the phone");
        await small.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("editor-ar-390x844.png"), FullPage = true });
        await phone.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static string Screenshot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);
}
