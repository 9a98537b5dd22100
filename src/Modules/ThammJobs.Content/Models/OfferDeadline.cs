namespace ThammJobs.Content.Models;

/// <summary>
/// A deadline as the posting states it: a local date-time (<c>2026-03-19T23:59</c>) in an IANA zone
/// (<c>Africa/Casablanca</c>). Never a fixed offset: Morocco changes its offset during Ramadan.
/// </summary>
public sealed class OfferDeadline
{
    public string Local { get; set; } = "";
    public string TimeZone { get; set; } = "";
}
