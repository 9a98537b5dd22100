using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Interviews;

public enum InterviewResultCode
{
    Done,
    /// <summary>The same invitation was already made (a resent form): nothing more is done.</summary>
    AlreadyDone,
    NotFound,
    Forbidden,
    /// <summary>The application's stage does not lead to an interview (or the current round still awaits its result).</summary>
    NotAllowed,
    /// <summary>Someone moved the application since the page was shown.</summary>
    Changed,
}

/// <summary>A checked interview form: the instant and what goes with it, or the message keys of what is wrong.</summary>
public sealed record InterviewPlan(Instant Start, string Zone, int DurationMinutes, int SpacingMinutes, string? Place, string? VideoUrl, IReadOnlyList<InterviewPanelist> Panel, string? Note);

/// <summary>
/// Interview rounds: scheduling (which moves the application to the interview stage through
/// <see cref="TransitionService"/>, so the table, permissions and versions apply), rescheduling, cancelling, the
/// result of a round; each sends the candidate an e-mail in their language with an .ics, and each panel member one in
/// theirs. The stage change, the interview row and the outbox messages are written in one transaction.
/// </summary>
public sealed class InterviewScheduler(
    ThammJobsDbContext db,
    TransitionService transitions,
    ApplicationAccess access,
    InterviewMail mail,
    IOutbox outbox,
    UserManager<StaffUser> users,
    ContentQueries content,
    TimeProvider clock)
{
    public const int MinDuration = 10;
    public const int MaxDuration = 480;

    public static bool MaySchedule(ClaimsPrincipal user) => TransitionService.MoversFor(user).Contains(Mover.Recruiter);

    /// <summary>The zone interviews of an offer are arranged in by default: the zone of its deadline.</summary>
    public async Task<string> OfferZoneAsync(string offerSet, CancellationToken cancellationToken)
    {
        var offer = await content.FindPublishedInSetAsync<JobOffer>(offerSet, SiteCultures.French, cancellationToken)
            ?? await content.FindPublishedInSetAsync<JobOffer>(offerSet, SiteCultures.Arabic, cancellationToken);
        return InterviewTime.Zone(offer?.Content.Deadline.TimeZone) is not null ? offer!.Content.Deadline.TimeZone : SiteTime.ZoneId;
    }

    /// <summary>Staff who may sit on a panel: administrators, recruiters and reviewers.</summary>
    public async Task<List<StaffUser>> PanelChoicesAsync()
    {
        var people = new List<StaffUser>();
        foreach (var role in new[] { StandardRoles.Administrator, StandardRoles.Recruiter, StandardRoles.Reviewer })
        {
            people.AddRange((await users.GetUsersInRoleAsync(role)).Where(u => people.All(p => p.Id != u.Id)));
        }

        return people.OrderBy(p => p.DisplayName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Checks the form; <paramref name="errors"/> holds message keys (the form is shown again with them).</summary>
    public async Task<InterviewPlan?> PlanAsync(InterviewInput input, List<string> errors)
    {
        var (start, timeError) = InterviewTime.Resolve(input.Date, input.Time, input.TimeZone);
        if (timeError is not null)
        {
            errors.Add(timeError);
        }
        else if (start!.Value <= Instant.FromDateTimeOffset(clock.GetUtcNow()))
        {
            errors.Add("Interview.Error.Past");
        }

        if (input.DurationMinutes is < MinDuration or > MaxDuration)
        {
            errors.Add("Interview.Error.Duration");
        }

        if (input.SpacingMinutes is < 0 or > MaxDuration)
        {
            errors.Add("Interview.Error.Spacing");
        }

        var place = Clean(input.Place, 500);
        var video = Clean(input.VideoUrl, 1000);
        if (video is not null && !(Uri.TryCreate(video, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0))
        {
            errors.Add("Interview.Error.VideoUrl");
        }

        if (place is null && video is null)
        {
            errors.Add("Interview.Error.PlaceOrLink");
        }

        var choices = await PanelChoicesAsync();
        var panel = new List<InterviewPanelist>();
        foreach (var id in input.Panel.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct())
        {
            if (choices.FirstOrDefault(c => c.Id == id) is { } person)
            {
                panel.Add(new InterviewPanelist { UserId = person.Id, Name = person.DisplayName });
            }
            else
            {
                errors.Add("Interview.Error.Panel");
                break;
            }
        }

        return errors.Count > 0 ? null
            : new InterviewPlan(start!.Value, input.TimeZone!.Trim(), input.DurationMinutes, input.SpacingMinutes, place, video, panel, Clean(input.Note, 2000));
    }

    /// <summary>
    /// Invites one application to its next round (shortlist → round 1, interview with a result → next round), or
    /// to its current round when it reached the interview stage without an interview (moved from the board), or
    /// when that round's interview was cancelled.
    /// </summary>
    public async Task<InterviewResultCode> ScheduleAsync(ClaimsPrincipal user, Guid applicationId, int seenVersion, InterviewPlan plan, Instant start, CancellationToken cancellationToken)
    {
        if (!MaySchedule(user))
        {
            return InterviewResultCode.Forbidden;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var application = await db.Set<Application>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
            if (application is null)
            {
                return InterviewResultCode.NotFound;
            }

            if (!await access.CanSeeAsync(user, application.OfferSet, cancellationToken))
            {
                return InterviewResultCode.Forbidden;
            }

            var current = application.Stage == ApplicationStage.Interview
                ? await db.Set<ScheduledInterview>().AsNoTracking().Where(i => i.ApplicationId == application.Id && i.Round == application.InterviewRound && i.Status == InterviewStatus.Scheduled).ToListAsync(cancellationToken)
                : [];
            var sameRound = application.Stage == ApplicationStage.Interview && current.Count == 0;
            if (application.Stage == ApplicationStage.Interview && current.Any(i => i.Result is null))
            {
                // This very invitation sent again (a resent form) is recognised; otherwise the round awaits its result.
                return application.StageVersion == seenVersion + 1 && current.Any(i => i.CreatedById == user.FindFirstValue(ClaimTypes.NameIdentifier))
                    ? InterviewResultCode.AlreadyDone
                    : InterviewResultCode.NotAllowed;
            }

            if (sameRound)
            {
                if (application.StageVersion != seenVersion)
                {
                    return InterviewResultCode.Changed;
                }
            }
            else
            {
                var moved = await transitions.MoveAsync(user, new TransitionRequest(application.Id, ApplicationStage.Interview, seenVersion), cancellationToken);
                if (moved != TransitionResult.Done)
                {
                    return moved switch
                    {
                        TransitionResult.AlreadyDone => InterviewResultCode.AlreadyDone,
                        TransitionResult.Forbidden => InterviewResultCode.Forbidden,
                        TransitionResult.Changed => InterviewResultCode.Changed,
                        TransitionResult.NotFound => InterviewResultCode.NotFound,
                        _ => InterviewResultCode.NotAllowed,
                    };
                }
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var interview = new ScheduledInterview
            {
                Id = Guid.NewGuid(),
                ApplicationId = application.Id,
                OfferSet = application.OfferSet,
                Round = application.InterviewRound,
                Status = InterviewStatus.Scheduled,
                CreatedById = user.FindFirstValue(ClaimTypes.NameIdentifier),
                CreatedByName = user.FindFirstValue("name") ?? user.Identity?.Name,
                CreatedUtc = now,
                TimeZone = plan.Zone,
            };
            Apply(interview, plan, start, now);
            db.Add(interview);
            outbox.Enqueue(db, mail.Build(interview, application, InterviewMailKind.Invitation));
            await MailPanelAsync(interview, application, interview.Panel.Select(p => p.UserId), InterviewMailKind.Invitation);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return InterviewResultCode.Done;
        });
    }

    /// <summary>The same form on several applications, one after another from the plan's start (each on its own).</summary>
    public async Task<(int Done, int AlreadyDone, int Refused)> ScheduleManyAsync(ClaimsPrincipal user, string offerSet, IReadOnlyList<(Guid Id, int Version)> keys, InterviewPlan plan, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.Id).ToList();
        var inOffer = (await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet && ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        int done = 0, repeated = 0, refused = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            var start = plan.Start + Duration.FromMinutes((long)plan.SpacingMinutes * i);
            var result = inOffer.Contains(keys[i].Id)
                ? await ScheduleAsync(user, keys[i].Id, keys[i].Version, plan, start, cancellationToken)
                : InterviewResultCode.NotFound;
            switch (result)
            {
                case InterviewResultCode.Done: done++; break;
                case InterviewResultCode.AlreadyDone: repeated++; break;
                default: refused++; break;
            }
        }

        return (done, repeated, refused);
    }

    /// <summary>New date, place or panel for a scheduled interview without a result: the same UID, one more SEQUENCE.</summary>
    public async Task<InterviewResultCode> RescheduleAsync(ClaimsPrincipal user, Guid interviewId, InterviewPlan plan, CancellationToken cancellationToken)
    {
        var (interview, application, refusal) = await FindAsync(user, interviewId, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value;
        }

        if (interview!.Status == InterviewStatus.Cancelled || interview.Result is not null)
        {
            return InterviewResultCode.NotAllowed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = interview.Panel.Select(p => p.UserId).ToList();
        interview.Sequence++;
        interview.TimeZone = plan.Zone;
        db.RemoveRange(interview.Panel);
        interview.Panel = [];
        Apply(interview, plan, plan.Start, now);
        outbox.Enqueue(db, mail.Build(interview, application!, InterviewMailKind.Update));

        // Members who stay get the update, new ones an invitation, those taken off the panel a cancellation.
        var after = interview.Panel.Select(p => p.UserId).ToList();
        await MailPanelAsync(interview, application!, after.Intersect(before), InterviewMailKind.Update);
        await MailPanelAsync(interview, application!, after.Except(before), InterviewMailKind.Invitation);
        await MailPanelAsync(interview, application!, before.Except(after), InterviewMailKind.Cancellation, cancelledForThem: true);
        await db.SaveChangesAsync(cancellationToken);
        return InterviewResultCode.Done;
    }

    /// <summary>Cancels a scheduled interview (METHOD:CANCEL, same UID). The stage is left as it is: the recruiter decides.</summary>
    public async Task<InterviewResultCode> CancelAsync(ClaimsPrincipal user, Guid interviewId, CancellationToken cancellationToken)
    {
        var (interview, application, refusal) = await FindAsync(user, interviewId, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value;
        }

        if (interview!.Status == InterviewStatus.Cancelled)
        {
            return InterviewResultCode.AlreadyDone;
        }

        if (interview.Result is not null)
        {
            return InterviewResultCode.NotAllowed;
        }

        interview.Status = InterviewStatus.Cancelled;
        interview.Sequence++;
        interview.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        outbox.Enqueue(db, mail.Build(interview, application!, InterviewMailKind.Cancellation));
        await MailPanelAsync(interview, application!, interview.Panel.Select(p => p.UserId), InterviewMailKind.Cancellation);
        await db.SaveChangesAsync(cancellationToken);
        return InterviewResultCode.Done;
    }

    /// <summary>The result of a round (passed, not passed, absent) with a comment; it may be corrected later.</summary>
    public async Task<InterviewResultCode> RecordResultAsync(ClaimsPrincipal user, Guid interviewId, InterviewOutcome outcome, string? comment, CancellationToken cancellationToken)
    {
        var (interview, _, refusal) = await FindAsync(user, interviewId, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value;
        }

        if (interview!.Status == InterviewStatus.Cancelled || !Enum.IsDefined(outcome))
        {
            return InterviewResultCode.NotAllowed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        interview.Result = outcome;
        interview.ResultComment = Clean(comment, 2000);
        interview.ResultByName = user.FindFirstValue("name") ?? user.Identity?.Name;
        interview.ResultUtc = now;
        interview.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return InterviewResultCode.Done;
    }

    private async Task<(ScheduledInterview?, Application?, InterviewResultCode?)> FindAsync(ClaimsPrincipal user, Guid interviewId, CancellationToken cancellationToken)
    {
        if (!MaySchedule(user))
        {
            return (null, null, InterviewResultCode.Forbidden);
        }

        var interview = await db.Set<ScheduledInterview>().Include(i => i.Panel).FirstOrDefaultAsync(i => i.Id == interviewId, cancellationToken);
        var application = interview is null ? null : await db.Set<Application>().FirstOrDefaultAsync(a => a.Id == interview.ApplicationId, cancellationToken);
        if (interview is null || application is null)
        {
            return (null, null, InterviewResultCode.NotFound);
        }

        return await access.CanSeeAsync(user, application.OfferSet, cancellationToken)
            ? (interview, application, null)
            : (null, null, InterviewResultCode.Forbidden);
    }

    /// <summary>
    /// An e-mail with the event to each panel member with an address, in their language, in the same unit of work
    /// as the interview. <paramref name="cancelledForThem"/>: the interview goes on without them, so their .ics
    /// must say CANCEL although the interview itself is still scheduled.
    /// </summary>
    private async Task MailPanelAsync(ScheduledInterview interview, Application application, IEnumerable<string> userIds, InterviewMailKind kind, bool cancelledForThem = false)
    {
        foreach (var id in userIds.Distinct().ToList())
        {
            if (await users.FindByIdAsync(id) is not { Email: { Length: > 0 } } member)
            {
                continue;
            }

            if (!cancelledForThem)
            {
                outbox.Enqueue(db, mail.BuildForPanel(interview, application, member, kind));
                continue;
            }

            var status = interview.Status;
            interview.Status = InterviewStatus.Cancelled;
            try
            {
                outbox.Enqueue(db, mail.BuildForPanel(interview, application, member, kind));
            }
            finally
            {
                interview.Status = status;
            }
        }
    }

    private static void Apply(ScheduledInterview interview, InterviewPlan plan, Instant start, DateTime now)
    {
        interview.StartUtc = start.ToDateTimeUtc();
        interview.DurationMinutes = plan.DurationMinutes;
        interview.Place = plan.Place;
        interview.VideoUrl = plan.VideoUrl;
        interview.NoteToCandidate = plan.Note;
        interview.UpdatedUtc = now;
        interview.Panel.AddRange(plan.Panel.Select(p => new InterviewPanelist { UserId = p.UserId, Name = p.Name }));
    }

    private static string? Clean(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is { } t && t.Length > max ? t[..max] : text.Trim();
}
