namespace ThammJobs.Applications.Models;

/// <summary>
/// One interview round of one application: an instant (stored in UTC) and the IANA zone it was arranged in, a
/// place or a video link, a panel of staff, and later its result. <see cref="Sequence"/> grows with every change
/// sent to the candidate, so calendar programs replace the event with the same UID (RFC 5545).
/// </summary>
public sealed class ScheduledInterview
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string OfferSet { get; set; }
    public int Round { get; set; }

    public DateTime StartUtc { get; set; }

    /// <summary>IANA id (<c>Africa/Casablanca</c>, <c>Europe/Paris</c>): times are shown and sent in this zone.</summary>
    public required string TimeZone { get; set; }

    public int DurationMinutes { get; set; }
    public string? Place { get; set; }
    public string? VideoUrl { get; set; }
    public string? NoteToCandidate { get; set; }

    public InterviewStatus Status { get; set; }
    public int Sequence { get; set; }

    public InterviewOutcome? Result { get; set; }
    public string? ResultComment { get; set; }
    public string? ResultByName { get; set; }
    public DateTime? ResultUtc { get; set; }

    public string? CreatedById { get; set; }
    public string? CreatedByName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public List<InterviewPanelist> Panel { get; set; } = [];

    /// <summary>The calendar UID, the same for every update and the cancellation of this interview.</summary>
    public string Uid => $"interview-{Id:N}@thammjobs";
}

/// <summary>A member of staff on the interview panel (the name is kept as it was when chosen).</summary>
public sealed class InterviewPanelist
{
    public long Id { get; set; }
    public Guid InterviewId { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
}

public enum InterviewStatus
{
    Scheduled,
    Cancelled,
}

public enum InterviewOutcome
{
    Passed,
    NotPassed,
    Absent,
}
