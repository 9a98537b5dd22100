using Microsoft.Extensions.Localization;
using ThammJobs.Content.Models;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Services;

/// <summary>Site name and navigation from settings and published projects and pages.</summary>
internal sealed class ContentSiteChrome(SiteSettings settings, ContentQueries queries, IStringLocalizer<ContentStrings> t) : ISiteChromeProvider
{
    public async Task<SiteChrome> GetAsync(string culture, CancellationToken cancellationToken)
    {
        var values = await settings.AllAsync(cancellationToken);
        var projects = await queries.ListPublishedAsync(ContentTypes.Project, culture, cancellationToken);
        var pages = await queries.ListPublishedAsync(ContentTypes.Page, culture, cancellationToken);

        var main = new List<SiteLink> { new(t["Home.Title"], ContentUrls.Offers(culture)) };
        main.AddRange(projects.Select(p => new SiteLink(t["Home.AboutProject"], ContentUrls.Project(culture, p.Slug))).Take(1));
        var footer = pages.Select(p => new SiteLink(p.Title, ContentUrls.Page(culture, p.Slug))).ToList();

        return new SiteChrome(
            values.GetValueOrDefault("SiteName." + culture) ?? "ThammJobs",
            values.GetValueOrDefault("Tagline." + culture),
            main,
            footer);
    }
}
