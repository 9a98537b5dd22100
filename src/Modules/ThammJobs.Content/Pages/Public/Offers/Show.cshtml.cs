using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ThammJobs.Content.Media;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public.Offers;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class ShowModel(ContentQueries queries, MediaLibrary media, TimeProvider clock, JobPostingJsonLd jsonLd, LanguageAlternates alternates) : PublicPageModel(alternates)
{
    public ContentItem<JobOffer> Offer { get; private set; } = null!;

    public ContentItem<Project>? Project { get; private set; }

    public bool IsOpen { get; private set; }

    /// <summary>The banner image, when the offer names one that still exists.</summary>
    public MediaItem? Banner { get; private set; }

    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var offer = await queries.FindPublishedAsync<JobOffer>(Culture, slug, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        Offer = offer;
        IsOpen = OfferDeadlines.IsOpen(offer.Version.DeadlineUtc ?? DateTime.MinValue, clock.GetUtcNow());
        if (offer.Content.Project is { } projectSet)
        {
            Project = await queries.FindPublishedInSetAsync<Project>(projectSet, Culture, cancellationToken);
        }

        Banner = await media.FindAsync(offer.Content.BannerMedia, cancellationToken);
        await SetTranslationsAsync(queries, offer.Version, cancellationToken);

        JsonLd = jsonLd.Build(offer, $"{Request.Scheme}://{Request.Host}{ContentUrls.Offer(Culture, slug)}", hiringOrganization: null);
        return Page();
    }
}
