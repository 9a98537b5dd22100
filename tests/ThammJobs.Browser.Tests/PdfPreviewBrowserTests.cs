using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThammJobs.Applications.Generation;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Uploads;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// A recruiter opens a candidate file: each PDF shows its first page as a thumbnail (drawn by pdftoppm, re-encoded
/// by the site) next to the scans' thumbnails, in French and in Arabic (right to left), on a desktop and a phone
/// width; a thumbnail opens the larger image. Needs pdftoppm: skipped without it locally, failing under CI=true.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PdfPreviewBrowserTests(BrowserSite browser)
{
    private const string Email = "apercus@thammjobs.test";
    private const string Password = "a long enough sentence for the previews";
    private const string OfferSet = "offer-expert-migration-nationale";

    [Fact]
    public async Task A_recruiter_sees_the_first_page_of_each_pdf_in_french_and_arabic_on_desktop_and_phone()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        RequirePdftoppm();
        var applicationId = await PrepareAsync(browser, Email, Password);
        var page = await SignInAsync(browser, Email, Password);

        foreach (var (culture, width, height) in new[] { ("fr", 1280, 900), ("ar", 1280, 900), ("ar", 390, 844), ("fr", 390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync($"{browser.BaseUrl}/{culture}/admin/candidatures/{applicationId:N}");
            Assert.Equal(culture == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir") ?? "ltr");
            var previews = page.Locator("a.document-preview img");
            Assert.True(await previews.CountAsync() >= 1, "no PDF preview in the file");
            await previews.Last.ScrollIntoViewIfNeededAsync();
            // Every thumbnail (PDF first pages and scans) really loaded as an image, inside the page's width.
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('ul.documents img')].every(i => i.complete && i.naturalWidth > 0)", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            var alt = await previews.First.GetAttributeAsync("alt");
            Assert.StartsWith(culture == "ar" ? "الصفحة الأولى من" : "Première page de", alt, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"candidate-pdf-file-{culture}-{width}.png"), FullPage = true });
            await AssertNoSidewaysScrollAsync(page, $"the {culture} file at {width}px");
            await page.Locator("ul.documents").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot($"candidate-pdf-previews-{culture}-{width}.png") });
        }

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{browser.BaseUrl}/fr/admin/candidatures/{applicationId:N}");
        var large = await page.RunAndWaitForResponseAsync(() => page.Locator("a.document-preview").First.ClickAsync(), r => r.Url.Contains("taille=grande", StringComparison.Ordinal));
        Assert.Equal(200, large.Status);
        Assert.Equal("image/jpeg", large.Headers["content-type"]);
        Assert.Equal("nosniff", large.Headers["x-content-type-options"]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("candidate-pdf-preview-large.png") });
        await page.Context.CloseAsync();
    }

    /// <summary>A recruiter assigned to the offer, a few generated applications; returns one with PDFs and a scan.</summary>
    internal static async Task<Guid> PrepareAsync(BrowserSite browser, string email, string password)
    {
        return await browser.Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Karim Aperçus" };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            await users.AddToRoleAsync(user, StandardRoles.Recruiter);
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            db.Add(new OfferAssignment { OfferSet = OfferSet, UserId = user.Id, AssignedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await sp.GetRequiredService<ApplicationGenerator>().RunAsync(new GeneratorOptions("expert-migration-nationale-thamm-equipe-france", 6, 29), CancellationToken.None);
            // A file with PDFs and a scan, so both kinds of preview are side by side.
            return await db.Set<Application>().AsNoTracking()
                .Where(a => a.Documents.Any(d => d.FileType == FileType.Pdf) && a.Documents.Any(d => d.ThumbnailName != null))
                .OrderByDescending(a => a.SubmittedUtc).Select(a => a.Id).FirstAsync();
        });
    }

    internal static async Task<IPage> SignInAsync(BrowserSite browser, string email, string password)
    {
        var page = await browser.OpenAsync("/fr/admin/connexion", 1280, 900);
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.EndsWith("/fr/admin", StringComparison.Ordinal), "/fr/admin");
        return page;
    }

    /// <summary>The page never scrolls sideways (tables scroll inside their own frame); what sticks out is named on failure.</summary>
    internal static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var wider = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        var outside = wider ? await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *:not(.skip)')].filter(e => !e.closest('.table-wrap')).filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || r.left < -1); }).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right))") : [];
        Assert.False(wider, $"{what} is wider than the screen: {string.Join("; ", outside)}");
    }

    private static void RequirePdftoppm()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "pdftoppm")));
        if (onPath)
        {
            return;
        }

        const string problem = "pdftoppm not found on PATH (apt-get install poppler-utils)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(problem + ": PDF preview tests must run in CI.");
        }

        Assert.Skip(problem);
    }

    internal static string Screenshot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);
}
