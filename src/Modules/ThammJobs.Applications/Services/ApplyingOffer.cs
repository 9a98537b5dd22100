using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Applications.Services;

/// <summary>The published offer a form belongs to, and whether it takes applications at a given instant.</summary>
public sealed record ApplyingOffer(ContentItem<JobOffer> Item)
{
    public JobOffer Offer => Item.Content;

    public string OfferSet => Item.Version.TranslationSet;

    /// <summary>
    /// Open until the end of the deadline's minute, the deadline read in the offer's own time zone at the instant
    /// of the request (Morocco's Ramadan change of offset included), never from an offset stored earlier.
    /// </summary>
    public bool IsOpenAt(DateTimeOffset now) =>
        OfferDeadlines.IsOpen(OfferDeadlines.ToZoned(Offer.Deadline).ToDateTimeUtc(), now);
}
