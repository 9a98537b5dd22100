namespace ThammJobs.Browser.Tests;

/// <summary>
/// A second seeded site and Chromium, ten days before the seed offer's deadline (19 March 2026, 23:59
/// Casablanca), so its application form is open. Used as a class fixture by the classes that apply, so the
/// shared site keeps its own clock.
/// </summary>
public sealed class OpenOfferBrowserSite() : BrowserSite(BeforeDeadline)
{
    public static readonly DateTimeOffset BeforeDeadline = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public const string OfferSlug = "expert-migration-nationale-thamm-equipe-france";
}
