using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThammJobs.Content.Caching;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Services;

/// <summary>
/// Site name and navigation from settings and published projects and pages. Built once per language and content
/// generation (<see cref="SiteChromeCache"/>), from the few columns it shows, not whole content rows.
/// </summary>
internal sealed class ContentSiteChrome(ThammJobsDbContext db, SiteChromeCache cache, IStringLocalizer<ContentStrings> t) : ISiteChromeProvider
{
    public Task<SiteChrome> GetAsync(string culture, CancellationToken cancellationToken) =>
        cache.GetAsync(culture, () => BuildAsync(culture, cancellationToken));

    private async Task<SiteChrome> BuildAsync(string culture, CancellationToken cancellationToken)
    {
        var nameKey = "SiteName." + culture;
        var taglineKey = "Tagline." + culture;
        var values = await db.Set<SiteSetting>().AsNoTracking()
            .Where(s => s.Key == nameKey || s.Key == taglineKey)
            .ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var links = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.Culture == culture && (v.ContentType == ContentTypes.Project || v.ContentType == ContentTypes.Page))
            .OrderBy(v => v.Title)
            .Select(v => new { v.ContentType, v.Title, v.Slug })
            .ToListAsync(cancellationToken);

        var main = new List<SiteLink> { new(t["Home.Title"], ContentUrls.Offers(culture)) };
        main.AddRange(links.Where(l => l.ContentType == ContentTypes.Project).Take(1).Select(p => new SiteLink(t["Home.AboutProject"], ContentUrls.Project(culture, p.Slug))));
        var footer = links.Where(l => l.ContentType == ContentTypes.Page).Select(p => new SiteLink(p.Title, ContentUrls.Page(culture, p.Slug))).ToList();

        return new SiteChrome(
            values.GetValueOrDefault(nameKey) ?? "ThammJobs",
            values.GetValueOrDefault(taglineKey),
            main,
            footer);
    }
}
