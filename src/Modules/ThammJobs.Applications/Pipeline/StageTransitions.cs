using ThammJobs.Applications.Models;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Applications.Pipeline;

/// <summary>Who may make a transition.</summary>
public enum Mover
{
    /// <summary>The candidate, from the status page.</summary>
    Candidate,

    /// <summary>The site itself (completeness checked on receipt and on each update).</summary>
    System,

    /// <summary>Holders of <c>Applications.Manage</c> on an offer assigned to them (and administrators).</summary>
    Recruiter,

    /// <summary>Administrators and holders of <c>Applications.ManageAll</c>: reversing a final decision.</summary>
    Lead,
}

/// <summary>What the person must give with the move.</summary>
public enum Needs
{
    Nothing,
    Note,
    Reason,
}

public sealed record StageTransition(ApplicationStage From, ApplicationStage To, Mover Who, Needs Needs = Needs.Nothing);

/// <summary>
/// The recruitment pipeline of every offer, in one table (docs/applications.md, "Pipeline", shows the same):
/// received → complete / incomplete (checked against the offer's documents and references) → screening →
/// shortlist → one or more interview rounds → selected / not selected; withdrawn by the candidate at any point
/// before a final "not selected". Anything not listed here is refused.
/// </summary>
public static class StageTransitions
{
    /// <summary>Stages a decision has not closed: the candidate may withdraw, a recruiter may reject.</summary>
    private static readonly ApplicationStage[] Open = [Received, Complete, Incomplete, Screening, Shortlisted, Interview];

    public static readonly IReadOnlyList<StageTransition> All =
    [
        // Completeness: the site checks on receipt; a recruiter may check by hand, or override the site's verdict
        // (a note says why: "diploma sent by e-mail", "reference unreachable"…).
        new(Received, Complete, Mover.System),
        new(Received, Incomplete, Mover.System),
        new(Incomplete, Complete, Mover.System),
        new(Complete, Incomplete, Mover.System),
        new(Received, Complete, Mover.Recruiter),
        new(Received, Incomplete, Mover.Recruiter),
        new(Incomplete, Complete, Mover.Recruiter, Needs.Note),
        new(Complete, Incomplete, Mover.Recruiter, Needs.Note),

        // Selection, as the posting describes it: a shortlist drawn up freely, then one or more interviews.
        new(Complete, Screening, Mover.Recruiter),
        new(Screening, Shortlisted, Mover.Recruiter),
        new(Shortlisted, Screening, Mover.Recruiter),
        new(Shortlisted, Interview, Mover.Recruiter),
        new(Interview, Interview, Mover.Recruiter),   // the next interview round
        new(Shortlisted, Selected, Mover.Recruiter),  // "pourront être convié(e)s": an interview is not compulsory
        new(Interview, Selected, Mover.Recruiter),
        .. Open.Select(from => new StageTransition(from, NotSelected, Mover.Recruiter, Needs.Reason)),

        // The response-delay rule (Rules/ResponseDelayRule): applications nobody shortlisted once the delay the
        // posting announced has passed, with the rule's own reason.
        .. new[] { Received, Complete, Incomplete, Screening }.Select(from => new StageTransition(from, NotSelected, Mover.System, Needs.Reason)),

        // A final decision is reversed only by a lead, and says why.
        new(Selected, Shortlisted, Mover.Lead, Needs.Note),
        new(NotSelected, Screening, Mover.Lead, Needs.Note),

        // Withdrawal: by the candidate, or recorded by a recruiter the candidate told (a note says how).
        .. Open.Append(Selected).Select(from => new StageTransition(from, Withdrawn, Mover.Candidate)),
        .. Open.Append(Selected).Select(from => new StageTransition(from, Withdrawn, Mover.Recruiter, Needs.Note)),

        // Erasure of one's data is a right at any stage.
        .. Enum.GetValues<ApplicationStage>().Where(s => s != Erased).Select(from => new StageTransition(from, Erased, Mover.Candidate)),
    ];

    /// <summary>The rule allowing <paramref name="from"/> → <paramref name="to"/> for one of <paramref name="movers"/>, or null.</summary>
    public static StageTransition? Find(ApplicationStage from, ApplicationStage to, IReadOnlyCollection<Mover> movers) =>
        All.Where(t => t.From == from && t.To == to && movers.Contains(t.Who))
            .OrderBy(t => t.Needs) // a lead who is also a recruiter gets the lightest rule
            .FirstOrDefault();

    /// <summary>Targets reachable from <paramref name="from"/> by one of <paramref name="movers"/>, in pipeline order.</summary>
    public static IReadOnlyList<StageTransition> From(ApplicationStage from, IReadOnlyCollection<Mover> movers) =>
        All.Where(t => t.From == from && movers.Contains(t.Who))
            .GroupBy(t => t.To).Select(g => g.OrderBy(t => t.Needs).First())
            .OrderBy(t => t.To).ToList();

    /// <summary>A live application counts as "already applied" for its offer and e-mail.</summary>
    public static bool IsLive(ApplicationStage stage) => stage is not (Withdrawn or Erased);
}
