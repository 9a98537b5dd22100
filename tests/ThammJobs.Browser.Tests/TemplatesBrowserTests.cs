using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThammJobs.Core.Security;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// An administrator opens the candidates' e-mail templates, mistypes a placeholder (told which ones exist, the text
/// kept), previews the Arabic template right-to-left, and reads the rule runs page. Screenshots in both languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TemplatesBrowserTests(BrowserSite browser)
{
    private const string Email = "admin-modeles@thammjobs.test";
    private const string Password = "a long enough sentence for the administrator";

    [Fact]
    public async Task An_administrator_edits_previews_a_template_and_reads_the_rule_runs()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        await browser.Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Admin Modèles" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, StandardRoles.Administrator);
            return 0;
        });

        var page = await browser.OpenAsync("/fr/admin/connexion", 1280, 900);
        await page.Locator("#Email").FillAsync(Email);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.EndsWith("/fr/admin", StringComparison.Ordinal), "/fr/admin");

        await page.GotoAsync(browser.BaseUrl + "/fr/admin/modeles");
        await page.Locator("table.templates a", new PageLocatorOptions { HasText = "Non retenue" }).First.ClickAsync();
        await page.Locator("#subject").FillAsync("Votre candidature {numéro}");
        await page.Locator("button", new PageLocatorOptions { HasText = "Enregistrer" }).ClickAsync();
        var errors = await page.Locator(".error-summary").InnerTextAsync();
        Assert.Contains("{numéro} n'est pas une valeur connue", errors, StringComparison.Ordinal);
        Assert.Equal("Votre candidature {numéro}", await page.Locator("#subject").InputValueAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("templates-fr-1280-error.png"), FullPage = true });

        await page.GotoAsync(browser.BaseUrl + "/ar/admin/modeles");
        await page.Locator("table.templates tr", new PageLocatorOptions { HasText = "العربية" }).Locator("a", new LocatorLocatorOptions { HasText = "غير مقبول" }).ClickAsync();
        await page.Locator("button", new PageLocatorOptions { HasText = "معاينة" }).ClickAsync();
        var preview = await page.Locator(".template-preview").InnerTextAsync();
        Assert.Contains("مرحبا سلمى بناني", preview, StringComparison.Ordinal);
        Assert.Equal("rtl", await page.Locator(".template-preview").GetAttributeAsync("dir"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("templates-ar-1280-preview.png"), FullPage = true });

        await page.GotoAsync(browser.BaseUrl + "/ar/admin/regles");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("rules-ar-1280.png"), FullPage = true });
        await page.GotoAsync(browser.BaseUrl + "/fr/admin/regles");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("rules-fr-1280.png"), FullPage = true });
    }

    private static string Screenshot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);
}
