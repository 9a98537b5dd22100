using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThammJobs.Applications.Generation;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// A recruiter, new to the site, signs in, opens the applications of the THAMM+ offer, shortlists the ones under
/// screening with one bulk move, then invites all the shortlisted ones to an interview with one form (a video link,
/// herself on the panel, one candidate every 30 minutes). The invitations, each with its .ics, are in the outbox.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewBrowserTests(BrowserSite browser)
{
    private const string Email = "recrutement@thammjobs.test";
    private const string Password = "a long enough sentence for the recruiter";
    private const string OfferSet = "offer-expert-migration-nationale";

    [Fact]
    public async Task A_recruiter_shortlists_from_the_list_and_invites_the_shortlisted_to_an_interview_in_one_action()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        await browser.Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Nadia Recrutement" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, StandardRoles.Recruiter);
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            db.Add(new OfferAssignment { OfferSet = OfferSet, UserId = user.Id, AssignedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<ApplicationGenerator>().RunAsync(new GeneratorOptions("expert-migration-nationale-thamm-equipe-france", 40, 11), CancellationToken.None);
        });

        var page = await browser.OpenAsync("/fr/admin/connexion", 1280, 900);
        await page.Locator("#Email").FillAsync(Email);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url.EndsWith("/fr/admin", StringComparison.Ordinal), "/fr/admin");

        // The offer's list, filtered on the applications under screening: check them all and shortlist them.
        var list = $"{browser.BaseUrl}/fr/admin/candidatures/offre/{OfferSet}";
        await page.GotoAsync(list + "?etape=Screening");
        var screening = await CheckAllAsync(page);
        Assert.True(screening >= 2, $"only {screening} application(s) under screening");
        await page.Locator("#bulk-to").SelectOptionAsync("Shortlisted");
        await page.Locator("button", new PageLocatorOptions { HasText = "Déplacer" }).First.ClickAsync();
        await page.Locator("p.notice").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains(screening.ToString(), await page.Locator("p.notice").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(list + "?etape=Shortlisted");
        var shortlisted = await CheckAllAsync(page);
        Assert.True(shortlisted >= screening);
        await page.Locator("#iv-date-bulk").FillAsync("2026-12-15");
        await page.Locator("#iv-time-bulk").FillAsync("09:00");
        Assert.Equal("Africa/Casablanca", await page.Locator("#iv-zone-bulk").InputValueAsync());
        await page.Locator("#iv-duration-bulk").FillAsync("30");
        await page.Locator("#iv-spacing-bulk").FillAsync("30");
        await page.Locator("#iv-video-bulk").FillAsync("https://meet.example.org/thamm-entretiens");
        await page.Locator("#bulk-invite label", new PageLocatorOptions { HasText = "Nadia Recrutement" }).Locator("input").CheckAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("interview-invite-fr-1280.png"), FullPage = true });
        await page.Locator("#bulk-invite button", new PageLocatorOptions { HasText = "Inviter à un entretien" }).ClickAsync();
        await page.Locator("p.notice").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains($"Invitations envoyées : {shortlisted} ;", await page.Locator("p.notice").InnerTextAsync(), StringComparison.Ordinal);

        // Every invited candidate has an e-mail with a calendar file, at one-per-30-minutes times.
        var mails = await browser.Site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Category == "interview-invitation").ToListAsync());
        Assert.Equal(shortlisted, mails.Count);
        var starts = new List<string>();
        foreach (var mail in mails)
        {
            var ics = Encoding.UTF8.GetString(Assert.Single(JsonSerializer.Deserialize<List<MessageAttachment>>(mail.AttachmentsJson!)!).Content);
            Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
            Assert.Contains("https://meet.example.org/thamm-entretiens", ics, StringComparison.Ordinal);
            starts.Add(ics.Split("\r\n").Single(l => l.StartsWith("DTSTART", StringComparison.Ordinal)));
        }

        Assert.Equal(Enumerable.Range(0, shortlisted).Select(i => $"DTSTART:{new DateTime(2026, 12, 15, 9, 0, 0).AddMinutes(30 * i):yyyyMMdd'T'HHmmss}Z").Order(), starts.Order());

        // The offer's agenda lists them.
        await page.GotoAsync(list + "/entretiens");
        Assert.Equal(shortlisted, await page.Locator("table.agenda tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("interview-agenda-fr-1280.png"), FullPage = true });

        // The candidate file shows the round, its result form and the scorecard, in French and in Arabic (right to left).
        await page.Locator("table.agenda tbody tr a").First.ClickAsync();
        await page.Locator("#interviews article.interview").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("Entretien n° 1", await page.Locator("#interviews h3").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("candidate-interview-fr-1280.png"), FullPage = true });
        await page.GotoAsync(page.Url.Replace("/fr/", "/ar/", StringComparison.Ordinal));
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Contains("المقابلة رقم 1", await page.Locator("#interviews h3").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("candidate-interview-ar-1280.png"), FullPage = true });
        var fileUrl = page.Url;

        // The board: columns side by side that scroll within the board, never widening the page (in Arabic, where
        // overflow goes to the left, and on a phone).
        foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync($"{browser.BaseUrl}/ar/admin/candidatures/offre/{OfferSet}/tableau");
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
            var tops = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.board > .board-column')].slice(0, 2).map(c => c.getBoundingClientRect().top)");
            Assert.Equal(2, tops.Length);
            Assert.Equal(tops[0], tops[1]);
            Assert.True(await page.EvaluateAsync<bool>("(() => { const b = document.querySelector('.board'); return b.scrollWidth > b.clientWidth; })()"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"board-ar-{width}.png") });
        }

        // On a phone, the recruiter's pages fit the screen: the wide tables scroll inside their frame, the file's
        // labels and values share the width (a long label once left the values one letter per line).
        foreach (var url in new[] { fileUrl, fileUrl.Replace("/ar/", "/fr/", StringComparison.Ordinal), list, list.Replace("/fr/", "/ar/", StringComparison.Ordinal), $"{browser.BaseUrl}/ar/admin/tableau-de-bord" })
        {
            await page.GotoAsync(url);
            Assert.True(0 == await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"), url + " is wider than a 390 px screen");
        }

        await page.GotoAsync(fileUrl);
        Assert.True(await page.EvaluateAsync<bool>("[...document.querySelectorAll('.facts-inline dd')].every(d => d.getBoundingClientRect().width > 100)"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("candidate-ar-390.png"), FullPage = true });

        await page.Context.CloseAsync();
    }

    private static async Task<int> CheckAllAsync(IPage page)
    {
        var boxes = await page.Locator("table.data tbody input[name='Bulk.Ids']").AllAsync();
        foreach (var box in boxes)
        {
            await box.CheckAsync();
        }

        return boxes.Count;
    }

    private static string Screenshot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);
}
