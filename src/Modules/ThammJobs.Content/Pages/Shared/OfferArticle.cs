using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Pages.Shared;

/// <summary>What the offer partial draws: the offer, its project, whether it is open, whether it is a preview, and its banner image.</summary>
public sealed record OfferArticle(ContentItem<JobOffer> Offer, ContentItem<Project>? Project, bool IsOpen, bool Preview, MediaItem? Banner = null);
