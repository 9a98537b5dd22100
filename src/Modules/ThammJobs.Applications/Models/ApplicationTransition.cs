namespace ThammJobs.Applications.Models;

/// <summary>
/// One step of an application's history: written in the same transaction as the stage change it records, shown
/// in the candidate's file. Not the site-wide audit trail (views, downloads…), which is another module's.
/// </summary>
public sealed class ApplicationTransition
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }

    /// <summary>Null for the first row (the application received).</summary>
    public ApplicationStage? From { get; set; }

    public ApplicationStage To { get; set; }

    /// <summary>The application's <see cref="Application.StageVersion"/> after this step; recognises repeated posts.</summary>
    public int Version { get; set; }

    public int InterviewRound { get; set; }
    public TransitionActor Actor { get; set; }

    /// <summary>Staff account id when <see cref="Actor"/> is staff.</summary>
    public string? ActorId { get; set; }

    /// <summary>The staff member's name at the time (kept if the account goes).</summary>
    public string? ActorName { get; set; }

    public DateTime AtUtc { get; set; }
    public int? ReasonId { get; set; }
    public string? Note { get; set; }
}

public enum TransitionActor
{
    Candidate,
    System,
    Staff,
}
