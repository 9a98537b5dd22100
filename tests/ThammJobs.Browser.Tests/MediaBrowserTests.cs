using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThammJobs.Core.Security;
using ThammJobs.Testing.Files;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// An editor adds a banner to the media library (no JavaScript needed: a plain form), gives it to the seeded offer,
/// and the offer shows it in both languages without layout shift. Screenshots of the library (French, Arabic)
/// and of the offer with its banner are saved for review; the offer gets its old look back at the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MediaBrowserTests(BrowserSite browser)
{
    private const string Email = "mediatheque@thammjobs.test";
    private const string Password = "a long enough sentence for the media";
    private const string OfferEditor = "/fr/admin/contenus/offer-expert-migration-nationale/modifier";

    [Fact]
    public async Task An_editor_uploads_a_banner_and_the_offer_shows_it_in_both_languages()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        await browser.Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Nadia Médias" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, StandardRoles.Editor);
            return 0;
        });

        var page = await browser.OpenAsync("/fr/admin/connexion", 1280, 900, javaScript: false);
        await page.Locator("#Email").FillAsync(Email);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.EndsWith("/fr/admin", StringComparison.Ordinal), "/fr/admin");

        await page.Locator("nav a", new PageLocatorOptions { HasText = "Médiathèque" }).First.ClickAsync();
        await page.Locator("#media-file").SetInputFilesAsync(new FilePayload { Name = "rabat.jpg", MimeType = "image/jpeg", Buffer = ImageFixtures.JpegWithGpsExif(1800, 900) });
        await page.Locator("#media-alt-fr").FillAsync("Bannière THAMM+ : le port de Rabat");
        await page.Locator("#media-alt-ar").FillAsync("لافتة THAMM+: ميناء الرباط");
        await page.Locator("form.media-upload button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("fait=ajout", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });
        Assert.True(await page.Locator("img.media-thumb").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 240"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("media-library-fr-1280.png"), FullPage = true });
        await page.GotoAsync(browser.BaseUrl + "/ar/admin/medias");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("media-library-ar-1280.png"), FullPage = true });

        await page.GotoAsync(browser.BaseUrl + OfferEditor);
        var banner = page.Locator("#f-shared-bannerMedia");
        var id = await banner.Locator("option").Nth(1).GetAttributeAsync("value");
        await banner.SelectOptionAsync(id!);
        await page.Locator(".publish-box button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("fait=publication", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });

        try
        {
            foreach (var (culture, alt, width) in new[] { ("fr", "Bannière THAMM+ : le port de Rabat", 1280), ("ar", "لافتة THAMM+\u200E: ميناء الرباط", 390) })
            {
                var visitor = await browser.OpenAsync($"/{culture}/offres/expert-migration-nationale-thamm-equipe-france", width, 900);
                var image = visitor.Locator("figure.offer-banner img");
                Assert.Equal(alt, await image.GetAttributeAsync("alt"));
                Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
                // Measured, not eyeballed: in the Arabic title the "+" of "THAMM+" is right of its "M" (BidiText's mark).
                Assert.True(await visitor.EvaluateAsync<bool>(PlusFollowsName), $"the {culture} title shows +THAMM");
                var overflow = await visitor.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"the {culture} offer is {overflow}px wider than the window");
                await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"offer-banner-{culture}-{width}.png") });
                await visitor.Context.CloseAsync();
            }
        }
        finally
        {
            // The other browser tests know the seeded offer without a banner.
            await page.GotoAsync(browser.BaseUrl + OfferEditor);
            await page.Locator("#f-shared-bannerMedia").SelectOptionAsync("");
            await page.Locator(".publish-box button[type=submit]").ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("fait=publication", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });
            await page.Context.CloseAsync();
        }
    }

    private const string PlusFollowsName = """
        () => {
            const walker = document.createTreeWalker(document.querySelector('h1'), NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const at = node.data.indexOf('THAMM+');
                if (at < 0) continue;
                const box = (start) => { const range = document.createRange(); range.setStart(node, start); range.setEnd(node, start + 1); return range.getBoundingClientRect(); };
                return box(at + 5).left > box(at + 4).left;
            }
            return false;
        }
        """;

    private static string Screenshot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);
}
