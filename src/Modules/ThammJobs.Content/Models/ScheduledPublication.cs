namespace ThammJobs.Content.Models;

/// <summary>
/// "Publish this item at that instant": the instant in UTC, and the local date-time and IANA zone the editor typed,
/// so the list shows it as entered. The background rule <c>content.scheduled-publication</c> publishes the item's
/// latest version at <see cref="DueUtc"/> through the content manager (search indexing tasks included), once.
/// </summary>
public sealed class ScheduledPublication
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public DateTime DueUtc { get; set; }
    public required string Local { get; set; }
    public required string TimeZone { get; set; }
    public ScheduleStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }

    /// <summary>When it was published or cancelled.</summary>
    public DateTime? ClosedUtc { get; set; }
    public string? CancelledBy { get; set; }
}

public enum ScheduleStatus
{
    Pending,
    Published,
    Cancelled,
}
