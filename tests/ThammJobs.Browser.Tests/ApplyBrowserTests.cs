using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ThammJobs.Testing.Files;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// A candidate applies to the seed offer from a phone, as a new user would: in Arabic from the offer page to
/// the receipt, in French through a refused file and a forgotten field. The form is posted with JavaScript
/// off (the pages have no script of their own; that is the path to prove). Playwright needs JavaScript on to
/// measure the page and run axe, so those checks open a page of their own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ApplyBrowserTests(OpenOfferBrowserSite browser) : IClassFixture<OpenOfferBrowserSite>
{
    private const string Offer = "offres/" + OpenOfferBrowserSite.OfferSlug;
    private const string Form = Offer + "/postuler";

    [Fact]
    public async Task A_candidate_applies_in_Arabic_from_a_phone_without_JavaScript()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/ar/{Offer}", 390, 844, javaScript: false);

        await page.Locator("header.offer-header a.button").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/postuler", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 15_000 });
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("إرسال ترشيحي", (await page.Locator(".submit-row button").InnerTextAsync()).Trim());

        await FillAsync(page, Candidate("salma.bennani@example.ma", message: "متاحة ابتداء من شهر أبريل."));
        await page.Locator("#file-0").SetInputFilesAsync(Pdf("السيرة الذاتية - Salma Bennani.pdf"));
        await page.Locator("#file-1").SetInputFilesAsync(Docx("رسالة التحفيز.docx"));
        await page.Locator("#file-2").SetInputFilesAsync(Jpeg("شهادة الماستر.jpg"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("apply-ar-390x844-filled.png"), FullPage = true });

        await page.Locator(".submit-row button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/ar/candidature/", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });

        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("تم إرسال ترشيحكم", (await page.Locator("#sent-title").InnerTextAsync()).Trim());
        Assert.Contains("salma.bennani@example.ma", await page.Locator(".success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(ReceiptNumber(), (await page.Locator(".receipt-number strong").InnerTextAsync()).Trim());
        var sent = await page.Locator("main").InnerTextAsync();
        Assert.Contains("سلمى بناني", sent, StringComparison.Ordinal);
        Assert.Contains("رسالة التحفيز.docx", sent, StringComparison.Ordinal);
        Assert.Contains("شهادة الماستر.jpg", sent, StringComparison.Ordinal);
        Assert.Contains("+212", sent, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("apply-ar-390x844-receipt.png"), FullPage = true });
        var receipt = page.Url[browser.BaseUrl.Length..];
        await page.Context.CloseAsync();

        // The receipt (long e-mail address, phone numbers) fits a small phone too; measuring needs JavaScript.
        var small = await browser.OpenAsync(receipt, 360, 740);
        await AssertFitsAsync(small, "receipt");
        await small.Context.CloseAsync();
    }

    [Fact]
    public async Task A_french_candidate_corrects_a_refused_file_and_a_forgotten_field_without_losing_anything()
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/fr/{Form}", 390, 844, javaScript: false);
        var candidate = Candidate("youssef.tazi@example.ma", message: "Disponible dès avril, à Rabat ou à Paris.");
        candidate.Remove("#FamilyName");

        await FillAsync(page, candidate);
        await page.Locator("#file-0").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = ExecutableFixtures.WindowsPe() });
        await page.Locator("#file-1").SetInputFilesAsync(Docx("Lettre de motivation.docx"));
        await page.Locator(".submit-row button[type=submit]").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("apply-fr-390x844-errors.png"), FullPage = true });

        // The summary names every point to correct with its field, in the order of the form, and leads to it.
        var summary = page.Locator(".error-summary");
        Assert.Contains("Le formulaire n'est pas encore complet. Points à corriger : 3", await summary.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        // (No evaluate here: JavaScript is off in this page, and Playwright's evaluate would wait for ever.)
        var links = new List<string?>();
        foreach (var link in await summary.Locator("a").AllAsync())
        {
            links.Add(await link.GetAttributeAsync("href"));
        }

        Assert.Equal(["#FamilyName", "#file-0", "#file-2"], links);
        var points = await summary.Locator("li").AllInnerTextsAsync();
        Assert.Equal("Nom\u00A0: Ce champ est obligatoire.", points[0].Trim());
        Assert.StartsWith("CV\u00A0: Un fichier n'a pas été accepté", points[1].Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Copies conformes des diplômes\u00A0: Ce document est obligatoire", points[2].Trim(), StringComparison.Ordinal);
        Assert.Contains("Les fichiers déjà acceptés sont conservés (1)", await summary.InnerTextAsync(), StringComparison.Ordinal);

        // Each field says what is wrong, in French, next to it.
        Assert.Equal("Ce champ est obligatoire.", (await page.Locator("#err-FamilyName").InnerTextAsync()).Trim());
        Assert.Equal("true", await page.Locator("#FamilyName").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Un fichier n'a pas été accepté", await page.Locator("#err-file-0").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("cv.pdf — ce fichier est un programme, pas un document : il est refusé.", (await page.Locator(".refused li").InnerTextAsync()).Trim());
        Assert.Contains("Ce document est obligatoire", await page.Locator("#err-file-2").InnerTextAsync(), StringComparison.Ordinal);

        // Nothing typed is lost, and the accepted cover letter is listed instead of a file input.
        foreach (var (selector, value) in candidate)
        {
            if (value == Check)
            {
                Assert.True(await page.Locator(selector).IsCheckedAsync(), $"{selector} is no longer checked");
            }
            else
            {
                Assert.True(value == await page.Locator(selector).InputValueAsync(), $"{selector} lost '{value}'");
            }
        }

        var accepted = page.Locator(".file-field:has(#file-1) .accepted li");
        Assert.Equal(1, await accepted.CountAsync());
        Assert.Contains("Lettre de motivation.docx", await accepted.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("input#file-1").CountAsync());
        // The document's name stays the target of the summary's links although its input is gone.
        Assert.Equal(1, await page.Locator("p.field-label#file-1").CountAsync());

        // Correct the name, send a real CV and the diploma; the cover letter is not sent again.
        await page.Locator("#FamilyName").FillAsync("Tazi");
        await page.Locator("#file-0").SetInputFilesAsync(Pdf("CV Youssef Tazi.pdf"));
        await page.Locator("#file-2").SetInputFilesAsync(Jpeg("diplome-master.jpg"));
        await page.Locator(".submit-row button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/fr/candidature/", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });

        Assert.Equal("Votre candidature est envoyée", (await page.Locator("#sent-title").InnerTextAsync()).Trim());
        Assert.Matches(ReceiptNumber(), (await page.Locator(".receipt-number strong").InnerTextAsync()).Trim());
        var documents = await page.Locator("ul.accepted li").AllInnerTextsAsync();
        Assert.Equal(3, documents.Count);
        Assert.Contains(documents, d => d.Contains("Lettre de motivation.docx", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Contains("CV Youssef Tazi.pdf", StringComparison.Ordinal));
        Assert.DoesNotContain(documents, d => d.Contains("cv.pdf", StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("apply-fr-390x844-receipt.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task The_form_and_its_errors_have_no_serious_accessibility_violation(string culture)
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/{culture}/{Form}", 390, 844);
        AssertNoSeriousViolation(await page.RunAxe(), "blank form");

        // Sent empty: every field in error, the summary on top.
        await page.Locator(".submit-row button[type=submit]").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        AssertNoSeriousViolation(await page.RunAxe(), "form in error");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task The_form_fits_a_small_phone_also_with_errors_and_long_file_names(string culture)
    {
        Assert.SkipWhen(browser.Unavailable is not null, browser.Unavailable ?? "");
        var page = await browser.OpenAsync($"/{culture}/{Form}", 360, 740);
        await AssertFitsAsync(page, "blank form");
        var submit = (await page.Locator(".submit-row button[type=submit]").BoundingBoxAsync())!;
        Assert.True(submit.Height >= 44, $"the submit button is {submit.Height}px high");
        var fileInput = (await page.Locator("#file-0").BoundingBoxAsync())!;
        Assert.True(fileInput.Height >= 44, $"the file input is {fileInput.Height}px high");

        // A refused file and an accepted one, both with names too long for the line, and every field in error.
        await page.Locator("#file-0").SetInputFilesAsync(new FilePayload
        {
            Name = "Curriculum_vitae_version_finale_corrigee_relue_2026_03_09_Salma_Bennani_Rabat.pdf",
            MimeType = "application/pdf",
            Buffer = ExecutableFixtures.WindowsPe(),
        });
        await page.Locator("#file-1").SetInputFilesAsync(Docx("رسالة_التحفيز_النسخة_النهائية_المصححة_لمنصب_خبير_الهجرة_الوطنية.docx"));
        await page.Locator(".submit-row button[type=submit]").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await AssertFitsAsync(page, "form in error");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"apply-{culture}-360x740-errors.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private const string Check = "\u2713";

    private static readonly HashSet<string> Selects = ["#Nationality", "#CountryOfResidence", "#FrenchLevel", "#ArabicLevel"];

    /// <summary>Selector to value (or <see cref="Check"/> for a box to tick) for every field of the seed offer's form.</summary>
    private static Dictionary<string, string> Candidate(string email, string message) => new(StringComparer.Ordinal)
    {
        ["#GivenName"] = email.StartsWith("salma", StringComparison.Ordinal) ? "Salma" : "Youssef",
        ["#FamilyName"] = email.StartsWith("salma", StringComparison.Ordinal) ? "Bennani" : "Tazi",
        ["#GivenNameArabic"] = email.StartsWith("salma", StringComparison.Ordinal) ? "سلمى" : "يوسف",
        ["#FamilyNameArabic"] = email.StartsWith("salma", StringComparison.Ordinal) ? "بناني" : "التازي",
        ["#Nationality"] = "MA",
        ["#Email"] = email,
        ["#EmailConfirmation"] = email,
        ["#CountryOfResidence"] = "MA",
        ["#Phone"] = "06 12 34 56 78",
        ["#ExperienceYears"] = "١٠",   // Arabic-Indic digits, as an Arabic phone keyboard types them: 10
        ["#FrenchLevel"] = "C1",
        ["#ArabicLevel"] = "Native",
        ["#References-0-FullName"] = "Karim Alaoui",
        ["#References-0-Organisation"] = "ANAPEC",
        ["#References-0-Relationship"] = "مدير سابق",
        ["#References-0-Email"] = "k.alaoui@example.ma",
        ["#References-0-Phone"] = "0537000000",
        ["#References-1-FullName"] = "Claire Martin",
        ["#References-1-Organisation"] = "France Travail",
        ["#References-1-Relationship"] = "Cheffe de projet",
        ["#References-1-Email"] = "claire.martin@example.fr",
        ["#References-1-Phone"] = "+33 6 12 34 56 78",
        ["#References-2-FullName"] = "يوسف الإدريسي",
        ["#References-2-Organisation"] = "OFPPT",
        ["#References-2-Relationship"] = "زميل",
        ["#References-2-Email"] = "y.idrissi@example.ma",
        ["#References-2-Phone"] = "0661234567",
        ["#Message"] = message,
        ["#Consent"] = Check,
    };

    private static async Task FillAsync(IPage page, Dictionary<string, string> fields)
    {
        foreach (var (selector, value) in fields)
        {
            var field = page.Locator(selector);
            if (value == Check)
            {
                await field.CheckAsync();
            }
            else if (Selects.Contains(selector))
            {
                await field.SelectOptionAsync(value);
            }
            else
            {
                await field.FillAsync(value);
            }
        }
    }

    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = PdfFixtures.Valid(40_000) };

    private static FilePayload Docx(string name) => new()
    {
        Name = name,
        MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Buffer = OfficeFixtures.Docx(30_000),
    };

    private static FilePayload Jpeg(string name) => new() { Name = name, MimeType = "image/jpeg", Buffer = ImageFixtures.Jpeg(800, 600) };

    private static string Screenshot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);

    private static async Task AssertFitsAsync(IPage page, string state)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{state}: the page is {overflow}px wider than the screen");
    }

    private static void AssertNoSeriousViolation(Deque.AxeCore.Commons.AxeResult results, string state)
    {
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, state + ":\n" + string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }

    [GeneratedRegex(@"^THAMM-2026-\d{6}$")]
    private static partial Regex ReceiptNumber();
}
