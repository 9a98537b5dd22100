using Microsoft.Playwright;
using ThammJobs.Testing;

namespace ThammJobs.Browser.Tests;

/// <summary>
/// The seeded site on real Kestrel (loopback, random port) and Debian's Chromium driven by Playwright.
/// Without Chromium the browser tests are skipped on a developer machine, but fail under CI=true.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly SiteFactory site;
    private IPlaywright? playwright;

    /// <summary>The site on <see cref="SiteFactory"/>'s default day (the seed offer is closed then).</summary>
    public BrowserSite()
        : this(null)
    {
    }

    /// <summary>A site of its own whose clock starts at <paramref name="now"/>.</summary>
    protected BrowserSite(DateTimeOffset? now)
    {
        site = new SiteFactory(now: now);
    }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site itself, for what a test prepares through its services (a staff account…).</summary>
    public SiteFactory Site => site;

    public string BaseUrl { get; private set; } = "";

    public string? Unavailable { get; private set; }

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium not found at {ChromiumPath} (apt-get install chromium)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(Unavailable + ": browser tests must run in CI.");
            }

            return;
        }

        site.UseKestrel(0);
        site.StartServer();
        BaseUrl = site.CreateClient().BaseAddress!.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await site.DisposeAsync();
    }

    public async Task<IPage> OpenAsync(string path, int width, int height, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>
    /// Waits for a navigation to reach a matching address and its DOM (not every image: the next locator waits for
    /// what it needs). On a timeout the failure says where the page was and what it showed, with a screenshot, so a
    /// CI failure can be read without running it again.
    /// </summary>
    public static async Task WaitForAddressAsync(IPage page, Func<string, bool> match, string what, int timeoutMs = 60_000)
    {
        // The address is watched rather than Playwright's navigation events: in CI a redirect after a form post
        // once reached the right address without the wait ever resolving. The next locator waits for its element.
        var end = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!match(page.Url) && DateTime.UtcNow < end)
        {
            await Task.Delay(50);
        }

        if (!match(page.Url))
        {
            var shot = Path.Combine(ScreenshotFolder, "timeout-" + string.Concat(what.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + ".png");
            string text;
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true, Timeout = 10_000 });
                text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            }
            catch (PlaywrightException e)
            {
                text = "(page unreadable: " + e.Message + ")";
            }

            throw new Xunit.Sdk.XunitException(
                $"No navigation to {what} within {timeoutMs} ms; the page is at {page.Url}, screenshot {shot}, text: {(text.Length > 600 ? text[..600] : text)}");
        }

        // Counting locators do not wait: let the new document's DOM arrive first.
        await page.Locator("body").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ThammJobs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
