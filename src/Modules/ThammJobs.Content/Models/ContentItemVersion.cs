namespace ThammJobs.Content.Models;

/// <summary>
/// One stored version of a content item in one language. The item is identified by
/// <see cref="ContentItemId"/> (stable, never regenerated); its French and Arabic variants share a
/// <see cref="TranslationSet"/>. At most one version of an item is <see cref="Latest"/> and at most one is
/// <see cref="Published"/>; the typed content is kept as JSON in <see cref="Data"/>, as Orchard does.
/// </summary>
public sealed class ContentItemVersion
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public int Number { get; set; }
    public required string ContentType { get; set; }
    public required string Culture { get; set; }
    public required string TranslationSet { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public required string Data { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>For job offers: the deadline as a UTC instant, kept as a column so lists can filter open offers.</summary>
    public DateTime? DeadlineUtc { get; set; }

    public string? Author { get; set; }
}
