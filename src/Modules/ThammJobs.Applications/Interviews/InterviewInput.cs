namespace ThammJobs.Applications.Interviews;

/// <summary>The interview form (one application, or the first of a bulk invitation), as typed.</summary>
public sealed class InterviewInput
{
    /// <summary><c>yyyy-MM-dd</c> (a date input).</summary>
    public string? Date { get; set; }

    /// <summary><c>HH:mm</c> (a time input).</summary>
    public string? Time { get; set; }

    /// <summary>IANA zone id; the offer's zone by default.</summary>
    public string? TimeZone { get; set; }

    public int DurationMinutes { get; set; } = 45;

    /// <summary>Bulk invitations only: minutes between one candidate's start and the next one's (0: all at once).</summary>
    public int SpacingMinutes { get; set; }

    public string? Place { get; set; }

    public string? VideoUrl { get; set; }

    public List<string> Panel { get; set; } = [];

    public string? Note { get; set; }
}
