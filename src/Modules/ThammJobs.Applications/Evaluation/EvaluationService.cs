using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Evaluation;

public enum EvaluationResult
{
    Saved,
    Forbidden,
    /// <summary>The application is no longer (or not yet) open to evaluation.</summary>
    Closed,
    /// <summary>No criterion assessed, or a score outside 1–5.</summary>
    Invalid,
}

/// <summary>What one person may see of an application's scorecards.</summary>
public sealed record EvaluationView(
    bool CanEvaluate,
    bool Open,
    ApplicationEvaluation? Own,
    bool SeesOthers,
    IReadOnlyList<ApplicationEvaluation> Visible,
    EvaluationSummary? Summary);

/// <summary>
/// Scorecards and who sees them. Isolation is decided here, on the server, for every page and query that shows a
/// score: a person who may only evaluate (a reviewer) sees the other scorecards of an application, its averages and
/// its place in a list sorted by score only once their own scorecard is submitted; people who manage the offer's
/// applications (recruiters, administrators) see everything.
/// </summary>
public sealed class EvaluationService(ThammJobsDbContext db, ApplicationAccess access, TimeProvider clock)
{
    /// <summary>Recruiters and leads see every score; reviewers only after submitting their own.</summary>
    public static bool SeesAllScores(ClaimsPrincipal user) => TransitionService.MoversFor(user).Contains(Mover.Recruiter);

    private static bool MayEvaluate(ClaimsPrincipal user) =>
        user.IsInRole(StandardRoles.Administrator) || user.HasClaim(Permission.ClaimType, Permissions.EvaluateApplications.Name) || SeesAllScores(user);

    /// <summary>
    /// Holders of Evaluate on an offer they see; those who do not manage the offer only on applications given to
    /// them to review (<see cref="ApplicationReviewer"/>).
    /// </summary>
    public async Task<bool> CanEvaluateAsync(ClaimsPrincipal user, Application application, CancellationToken cancellationToken)
    {
        if (!MayEvaluate(user) || !await access.CanSeeAsync(user, application.OfferSet, cancellationToken))
        {
            return false;
        }

        if (SeesAllScores(user))
        {
            return true;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is not null && await db.Set<ApplicationReviewer>().AnyAsync(r => r.ApplicationId == application.Id && r.UserId == id, cancellationToken);
    }

    /// <summary>The scorecards <paramref name="user"/> may see (the caller has checked they may open the application).</summary>
    public async Task<EvaluationView> ViewAsync(ClaimsPrincipal user, Application application, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var canEvaluate = await CanEvaluateAsync(user, application, cancellationToken);
        var own = userId is null ? null : await db.Set<ApplicationEvaluation>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.ApplicationId == application.Id && e.ReviewerId == userId, cancellationToken);
        var seesOthers = SeesAllScores(user) || own is not null;

        // Others' rows are not even read for a person who may not see them.
        var visible = seesOthers
            ? await db.Set<ApplicationEvaluation>().AsNoTracking().Where(e => e.ApplicationId == application.Id)
                .OrderBy(e => e.SubmittedUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken)
            : own is null ? [] : [own];
        return new EvaluationView(canEvaluate, EvaluationRules.IsOpen(application.Stage), own, seesOthers, visible,
            seesOthers && visible.Count > 0 ? EvaluationSummary.Of(visible) : null);
    }

    public async Task<EvaluationResult> SaveAsync(ClaimsPrincipal user, Guid applicationId, IReadOnlyDictionary<Criterion, int?> scores, string? comment, CancellationToken cancellationToken)
    {
        var application = await db.Set<Application>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !await CanEvaluateAsync(user, application, cancellationToken))
        {
            return EvaluationResult.Forbidden;
        }

        if (!EvaluationRules.IsOpen(application.Stage))
        {
            return EvaluationResult.Closed;
        }

        if (scores.Values.Any(s => s is < EvaluationRules.MinScore or > EvaluationRules.MaxScore) || scores.Values.All(s => s is null))
        {
            return EvaluationResult.Invalid;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var evaluation = await db.Set<ApplicationEvaluation>().FirstOrDefaultAsync(e => e.ApplicationId == applicationId && e.ReviewerId == userId, cancellationToken);
        if (evaluation is null)
        {
            evaluation = new ApplicationEvaluation { ApplicationId = applicationId, ReviewerId = userId, SubmittedUtc = now };
            db.Add(evaluation);
        }

        evaluation.ReviewerName = user.FindFirstValue("name") ?? user.Identity?.Name;
        foreach (var criterion in EvaluationCriteria.All)
        {
            EvaluationRules.SetScore(evaluation, criterion, scores.GetValueOrDefault(criterion));
        }

        evaluation.Average = EvaluationRules.AverageOf(evaluation);
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        evaluation.Comment = text is { Length: > EvaluationRules.CommentMaxLength } ? text[..EvaluationRules.CommentMaxLength] : text;
        evaluation.UpdatedUtc = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person's first scorecard sent twice at once: the unique index kept one; save over it.
            db.ChangeTracker.Clear();
            return await SaveAsync(user, applicationId, scores, comment, cancellationToken);
        }

        return EvaluationResult.Saved;
    }

    /// <summary>
    /// The average score of an application as <paramref name="viewerId"/> may see it, as an expression the list's
    /// filter and sort translate to SQL: the mean of every scorecard's average for those who see all scores; for a
    /// reviewer, the same only where their own scorecard exists, else null (no ranking leaks through a sort).
    /// </summary>
    public static Expression<Func<Application, double?>> AverageFor(ThammJobsDbContext db, string? viewerId, bool seesAll) =>
        seesAll
            ? a => db.Set<ApplicationEvaluation>().Where(e => e.ApplicationId == a.Id).Average(e => e.Average)
            : a => db.Set<ApplicationEvaluation>()
                .Where(e => e.ApplicationId == a.Id && db.Set<ApplicationEvaluation>().Any(m => m.ApplicationId == a.Id && m.ReviewerId == viewerId))
                .Average(e => e.Average);

    /// <summary>Average and number of scorecards of a page of applications, with the same visibility rule.</summary>
    public async Task<Dictionary<Guid, (double? Average, int Count)>> AveragesAsync(IReadOnlyCollection<Guid> ids, string? viewerId, bool seesAll, CancellationToken cancellationToken)
    {
        var query = db.Set<ApplicationEvaluation>().AsNoTracking().Where(e => ids.Contains(e.ApplicationId));
        if (!seesAll)
        {
            var mine = db.Set<ApplicationEvaluation>().Where(m => m.ReviewerId == viewerId).Select(m => m.ApplicationId);
            query = query.Where(e => mine.Contains(e.ApplicationId));
        }

        var rows = await query.GroupBy(e => e.ApplicationId)
            .Select(g => new { g.Key, Average = g.Average(e => e.Average), Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => (r.Average, r.Count));
    }
}
