using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;

namespace ThammJobs.Applications.Rules;

/// <summary>
/// Erases a candidate's data <see cref="ApplicationOptions.RetentionMonths"/> after the application's last change
/// (<see cref="Application.UpdatedUtc"/>: the last step of the pipeline, or the candidate's last update), or
/// <see cref="ApplicationOptions.TalentPoolRetentionMonths"/> after it when the candidate agreed to stay in the talent
/// pool. The same erasure as the candidate's own request (fields cleared, files deleted, an anonymous stub kept with
/// number, offer, stage and dates); the files go only after the run's transaction has committed. One occurrence per
/// application: an application is erased once.
/// </summary>
internal sealed class RetentionRule(IOptions<ApplicationOptions> options) : IBackgroundRule
{
    public const string RuleName = "applications.retention";

    /// <summary>Applications erased per round at most; the next round takes the rest.</summary>
    public const int Batch = 200;

    public string Name => RuleName;

    public async Task<IReadOnlyList<string>> DueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var (plain, pool) = Thresholds(nowUtc);
        var ids = await Due(db, plain, pool).OrderBy(a => a.UpdatedUtc).Select(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
        return ids.Select(id => id.ToString("N")).ToList();
    }

    public async Task<DateTime?> NextDueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var live = db.Set<Application>().Where(a => a.ErasedUtc == null);
        var plain = await live.Where(a => !a.TalentPool).MinAsync(a => (DateTime?)a.UpdatedUtc, cancellationToken);
        var pool = await live.Where(a => a.TalentPool).MinAsync(a => (DateTime?)a.UpdatedUtc, cancellationToken);
        var next = new[] { plain?.AddMonths(options.Value.RetentionMonths), pool?.AddMonths(PoolMonths) }.Where(d => d > nowUtc).Min();
        return next;
    }

    public async Task<string> RunAsync(IServiceProvider services, string occurrence, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (!Guid.TryParseExact(occurrence, "N", out var id))
        {
            return $"{occurrence}: not an application id";
        }

        var (plain, pool) = Thresholds(now);
        var application = await Due(db, plain, pool).Where(a => a.Id == id)
            .Select(a => new { a.Number, a.UpdatedUtc, a.TalentPool }).FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            // Erased meanwhile, updated, or the candidate joined the talent pool: nothing to do now.
            return $"{occurrence}: no longer due";
        }

        var months = application.TalentPool ? PoolMonths : options.Value.RetentionMonths;
        var why = $"retention: {months} months after the last change ({application.UpdatedUtc:yyyy-MM-dd}){(application.TalentPool ? ", talent pool" : "")}";
        var self = services.GetRequiredService<CandidateSelfService>();
        var files = await self.EraseRowsAsync(id, TransitionActor.System, RuleName, why, cancellationToken);
        if (files is null)
        {
            return $"{application.Number}: already erased";
        }

        // Bytes after the commit: a rolled-back run must leave the files its rows still point to.
        services.GetRequiredService<AfterRuleCommit>().Add(() => self.DeleteFiles(files));
        return $"{application.Number} erased ({why}); {files.Count} file(s) deleted after commit";
    }

    private int PoolMonths => Math.Max(options.Value.TalentPoolRetentionMonths, options.Value.RetentionMonths);

    private (DateTime Plain, DateTime Pool) Thresholds(DateTime nowUtc) =>
        (nowUtc.AddMonths(-options.Value.RetentionMonths), nowUtc.AddMonths(-PoolMonths));

    private static IQueryable<Application> Due(ThammJobsDbContext db, DateTime plain, DateTime pool) =>
        db.Set<Application>().Where(a => a.ErasedUtc == null && (a.TalentPool ? a.UpdatedUtc <= pool : a.UpdatedUtc <= plain));
}
