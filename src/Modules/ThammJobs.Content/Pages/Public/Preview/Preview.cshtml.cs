using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Media;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public.Preview;

/// <summary>
/// The private preview of a content item's latest version, published or not, through a signed and expiring link
/// (<see cref="PreviewLinks"/>): no account needed, so it can be sent to a colleague. Never indexed, never cached,
/// and the link does not leak through the Referer header (the layout's no-referrer for noindex pages).
/// </summary>
public sealed class PreviewModel(PreviewLinks links, ThammJobsDbContext db, ContentQueries queries, MediaLibrary media, TimeProvider clock, LanguageAlternates alternates)
    : PublicPageModel(alternates)
{
    public PreviewLinkState State { get; private set; }

    public ContentItemVersion? Version { get; private set; }

    public IContent? Item { get; private set; }

    public ContentItem<Project>? Project { get; private set; }

    public bool IsOpen { get; private set; }

    public MediaItem? Banner { get; private set; }

    public DateTimeOffset Expires { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";

        var check = links.Read(token);
        State = check.State;
        Expires = check.Expires;
        if (check.State != PreviewLinkState.Valid)
        {
            Response.StatusCode = check.State == PreviewLinkState.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return Page();
        }

        Version = await db.Set<ContentItemVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == check.ContentItemId && v.Latest, cancellationToken);
        if (Version is null)
        {
            State = PreviewLinkState.Invalid;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        // The page speaks the language of the item it shows.
        if (Version.Culture != Culture)
        {
            return Redirect(ContentUrls.Preview(Version.Culture, token));
        }

        Item = ContentJson.Deserialize(Version.ContentType, Version.Data);
        if (Item is JobOffer offer)
        {
            Banner = await media.FindAsync(offer.BannerMedia, cancellationToken);
            IsOpen = OfferDeadlines.TryToUtc(offer.Deadline) is { } deadline && OfferDeadlines.IsOpen(deadline, clock.GetUtcNow());
            if (offer.Project is { } projectSet)
            {
                Project = await queries.FindPublishedInSetAsync<Project>(projectSet, Culture, cancellationToken);
            }
        }

        return Page();
    }
}
