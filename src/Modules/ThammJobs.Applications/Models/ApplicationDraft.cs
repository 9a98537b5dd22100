namespace ThammJobs.Applications.Models;

/// <summary>
/// Files a candidate has already sent for a form not yet submitted. The form carries <see cref="Token"/> in a
/// hidden field, so a page shown again with errors keeps its files and nobody uploads twice.
/// </summary>
public sealed class ApplicationDraft
{
    public Guid Id { get; set; }

    /// <summary>128 random bits, hex; the only handle on the draft.</summary>
    public required string Token { get; set; }

    public required string OfferSet { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
}
