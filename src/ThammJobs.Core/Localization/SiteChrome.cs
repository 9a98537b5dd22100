namespace ThammJobs.Core.Localization;

/// <summary>What the theme's layout shows around every page, in one language.</summary>
public sealed record SiteChrome(string SiteName, string? Tagline, IReadOnlyList<SiteLink> MainLinks, IReadOnlyList<SiteLink> FooterLinks);

public sealed record SiteLink(string Text, string Url);

/// <summary>Provided by the content module, read by the theme: the theme does not know content types.</summary>
public interface ISiteChromeProvider
{
    Task<SiteChrome> GetAsync(string culture, CancellationToken cancellationToken);
}
