using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pipeline;

/// <summary>A staff member's request to move one application, made against the version the page showed.</summary>
public sealed record TransitionRequest(Guid ApplicationId, ApplicationStage To, int SeenVersion, int? ReasonId = null, string? Note = null);

public enum TransitionResult
{
    Done,
    /// <summary>The same request was already carried out (a double click, a resent form): nothing more is done.</summary>
    AlreadyDone,
    NotFound,
    /// <summary>The person may not work on this offer's applications, or not make this kind of move.</summary>
    Forbidden,
    /// <summary>The table has no such transition from the application's stage.</summary>
    NotAllowed,
    ReasonRequired,
    NoteRequired,
    /// <summary>Someone else moved the application since the page was shown.</summary>
    Changed,
}

/// <summary>
/// The only way an application changes stage. Checks <see cref="StageTransitions"/>, the person's permission and
/// assignment, the reason or note the rule needs, then updates the application and writes its history row in one
/// <c>SaveChanges</c> (one transaction, or the caller's if one is open). <see cref="Application.StageVersion"/> is a
/// concurrency token, so two people moving the same application at once cannot both win.
/// </summary>
public sealed class TransitionService(
    ThammJobsDbContext db,
    ApplicationAccess access,
    TimeProvider clock,
    Notifications.TransitionNotifier notifier,
    Notifications.ApplicationAudit audit)
{
    public const int NoteMaxLength = 2000;

    /// <summary>False: moves in this scope send no template e-mail (generated sample applications write to nobody).</summary>
    public bool SendsNotifications { get; set; } = true;

    /// <summary>
    /// When set, moves are dated at this instant instead of the clock's: the demonstration generator replays
    /// made-up histories (received, screened, shortlisted weeks later) so the dashboard's figures look like a real offer's.
    /// </summary>
    public DateTime? DatedAtUtc { get; set; }

    /// <summary>What kinds of mover the person is, whatever the offer (assignment is checked separately).</summary>
    public static IReadOnlyCollection<Mover> MoversFor(ClaimsPrincipal user)
    {
        var movers = new List<Mover>();
        if (ApplicationAccess.SeesAll(user) || user.HasClaim(Permission.ClaimType, Permissions.ManageApplications.Name))
        {
            movers.Add(Mover.Recruiter);
        }

        if (ApplicationAccess.SeesAll(user))
        {
            movers.Add(Mover.Lead);
        }

        return movers;
    }

    public async Task<TransitionResult> MoveAsync(ClaimsPrincipal user, TransitionRequest request, CancellationToken cancellationToken)
    {
        var application = await db.Set<Application>().FirstOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken);
        if (application is null)
        {
            return TransitionResult.NotFound;
        }

        var movers = MoversFor(user);
        if (movers.Count == 0 || !await access.CanSeeAsync(user, application.OfferSet, cancellationToken))
        {
            return TransitionResult.Forbidden;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (application.StageVersion != request.SeenVersion)
        {
            // The page was older than the application. The very request already carried out is fine; anything else
            // would act on a state the person did not see.
            var next = await db.Set<ApplicationTransition>().AsNoTracking()
                .FirstOrDefaultAsync(t => t.ApplicationId == application.Id && t.Version == request.SeenVersion + 1, cancellationToken);
            return next is not null && next.To == request.To && next.ActorId == userId ? TransitionResult.AlreadyDone : TransitionResult.Changed;
        }

        var rule = StageTransitions.Find(application.Stage, request.To, movers);
        if (rule is null)
        {
            // Allowed to someone else (a lead, the candidate) is "forbidden"; allowed to nobody is "not allowed".
            return StageTransitions.All.Any(t => t.From == application.Stage && t.To == request.To && t.Who is Mover.Recruiter or Mover.Lead)
                ? TransitionResult.Forbidden
                : TransitionResult.NotAllowed;
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is { Length: > NoteMaxLength })
        {
            note = note[..NoteMaxLength];
        }

        int? reason = null;
        if (rule.Needs == Needs.Reason)
        {
            if (request.ReasonId is not { } id || !await db.Set<RejectionReason>().AnyAsync(r => r.Id == id && r.Active, cancellationToken))
            {
                return TransitionResult.ReasonRequired;
            }

            reason = id;
        }
        else if (rule.Needs == Needs.Note && note is null)
        {
            return TransitionResult.NoteRequired;
        }

        var name = user.FindFirstValue("name") ?? user.Identity?.Name;
        Record(application, request.To, TransitionActor.Staff, userId, name, reason, note);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return TransitionResult.Done;
        }
        catch (DbUpdateException)
        {
            // Concurrency token or the unique (application, version) index: another request won.
            db.ChangeTracker.Clear();
            return TransitionResult.Changed;
        }
    }

    /// <summary>The candidate's own move (withdraw, erase); repeating it changes nothing.</summary>
    public async Task<TransitionResult> MoveAsCandidateAsync(Guid applicationId, ApplicationStage to, CancellationToken cancellationToken)
    {
        var application = await db.Set<Application>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return TransitionResult.NotFound;
        }

        if (application.Stage == to)
        {
            return TransitionResult.AlreadyDone;
        }

        if (StageTransitions.Find(application.Stage, to, [Mover.Candidate]) is null)
        {
            return TransitionResult.NotAllowed;
        }

        Record(application, to, TransitionActor.Candidate, null, null, null, null);
        await db.SaveChangesAsync(cancellationToken);
        return TransitionResult.Done;
    }

    /// <summary>
    /// Changes a tracked application's stage and adds its history row without saving: the caller's
    /// <c>SaveChanges</c> (the submission, the candidate's erasure) writes both, or neither.
    /// </summary>
    public void Record(Application application, ApplicationStage to, TransitionActor actor, string? actorId, string? actorName, int? reasonId, string? note) =>
        Record(application, to, actor, actorId, actorName, reasonId, note, notify: true);

    /// <param name="notify">
    /// False for the completeness verdict on receipt: the confirmation e-mail already tells the candidate.
    /// Otherwise the stage's enabled template (docs/applications.md, "Notifications") is enqueued with the change.
    /// </param>
    private void Record(Application application, ApplicationStage to, TransitionActor actor, string? actorId, string? actorName, int? reasonId, string? note, bool notify)
    {
        var now = DatedAtUtc ?? clock.GetUtcNow().UtcDateTime;
        var from = application.Stage;
        application.Stage = to;
        application.InterviewRound = to == ApplicationStage.Interview ? application.InterviewRound + 1 : application.InterviewRound;
        application.StageVersion++;
        application.StageChangedUtc = now;
        application.UpdatedUtc = now;
        application.Live = StageTransitions.IsLive(to);
        if (to == ApplicationStage.Withdrawn)
        {
            application.WithdrawnUtc = now;
        }

        db.Add(new ApplicationTransition
        {
            ApplicationId = application.Id,
            From = from,
            To = to,
            Version = application.StageVersion,
            InterviewRound = application.InterviewRound,
            Actor = actor,
            ActorId = actorId,
            ActorName = actorName,
            AtUtc = now,
            ReasonId = reasonId,
            Note = note,
        });

        // The audit line and the e-mail join the same unit of work: both commit with the step, or neither does.
        audit.Moved(application, from, to, actor, actorName);
        if (notify && SendsNotifications)
        {
            notifier.OnMoved(application, to, reasonId);
        }
    }

    /// <summary>
    /// The first history row and the completeness verdict of a new application (tracked, not yet saved): received,
    /// then complete or incomplete by the site.
    /// </summary>
    public void Receive(Application application, bool complete)
    {
        var now = DatedAtUtc ?? clock.GetUtcNow().UtcDateTime;
        application.Stage = ApplicationStage.Received;
        application.StageVersion = 1;
        application.StageChangedUtc = now;
        application.DocumentsComplete = complete;
        db.Add(new ApplicationTransition
        {
            ApplicationId = application.Id,
            From = null,
            To = ApplicationStage.Received,
            Version = 1,
            Actor = TransitionActor.Candidate,
            AtUtc = now,
        });
        audit.Moved(application, null, ApplicationStage.Received, TransitionActor.Candidate, null);
        Record(application, complete ? ApplicationStage.Complete : ApplicationStage.Incomplete, TransitionActor.System, null, null, null, null, notify: false);
    }
}
