using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Data;

namespace ThammJobs.Core.Rules;

/// <summary>
/// One round of every <see cref="IBackgroundRule"/> on this node: finds due occurrences, claims each one by inserting
/// its <see cref="RuleRun"/> (unique per rule and occurrence, so only one node's insert succeeds) or by taking over a run
/// whose lease ran out (<c>UPDATE … WHERE Status = 'Running' AND LeaseUntilUtc &lt; @now</c>), then runs it in a
/// transaction that also marks the run done, on condition that this node still holds it: the work happens exactly once
/// even when several nodes run the round at the same instant.
/// </summary>
public sealed partial class BackgroundRuleRunner(
    IServiceScopeFactory scopes,
    RulesOptions options,
    TimeProvider clock,
    ILogger<BackgroundRuleRunner> logger)
{
    /// <summary>Who holds a lease: this runner, on this machine and process.</summary>
    public string NodeId { get; } = Truncate($"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}", 100);

    /// <summary>Runs every due occurrence this node can claim; returns how many this call completed.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var done = 0;
        foreach (var (rule, occurrence) in await FindDueAsync(cancellationToken))
        {
            var runId = await ClaimAsync(rule, occurrence, cancellationToken);
            if (runId is { } id && await RunAsync(rule, occurrence, id, cancellationToken))
            {
                done++;
            }
        }

        return done;
    }

    /// <summary>The soonest instant any rule expects work after now, if one knows.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? next = null;
        foreach (var rule in scope.ServiceProvider.GetServices<IBackgroundRule>())
        {
            if (await rule.NextDueAsync(db, now, cancellationToken) is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }

    private async Task<List<(string Rule, string Occurrence)>> FindDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = new List<(string, string)>();
        foreach (var rule in scope.ServiceProvider.GetServices<IBackgroundRule>())
        {
            var occurrences = (await rule.DueAsync(db, now, cancellationToken)).Distinct(StringComparer.Ordinal).ToList();
            if (occurrences.Count == 0)
            {
                continue;
            }

            // Finished runs, and runs another node still holds, are not due again.
            var settled = await db.Set<RuleRun>().AsNoTracking()
                .Where(r => r.Rule == rule.Name && occurrences.Contains(r.Occurrence) && (r.Status != RuleRunStatus.Running || r.LeaseUntilUtc >= now))
                .Select(r => r.Occurrence)
                .ToListAsync(cancellationToken);
            due.AddRange(occurrences.Except(settled, StringComparer.Ordinal).Select(o => (rule.Name, o)));
        }

        return due;
    }

    /// <returns>The id of the run this node now holds, or null when another node has it.</returns>
    private async Task<long?> ClaimAsync(string rule, string occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.LeaseDuration;
        // INSERT … ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike): losing the race is an answer, not an error.
        var status = nameof(RuleRunStatus.Running);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "RuleRuns" ("Rule", "Occurrence", "Status", "Node", "Attempts", "StartedUtc", "LeaseUntilUtc")
            VALUES ({rule}, {occurrence}, {status}, {NodeId}, 1, {now}, {until})
            ON CONFLICT ("Rule", "Occurrence") DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return await IdOfMineAsync(db, rule, occurrence, cancellationToken);
        }

        // Another node has it, or had it: take it over only if its lease ran out.
        var takenOver = await db.Set<RuleRun>()
            .Where(r => r.Rule == rule && r.Occurrence == occurrence && r.Status == RuleRunStatus.Running && r.LeaseUntilUtc < now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Node, NodeId).SetProperty(r => r.LeaseUntilUtc, until)
                .SetProperty(r => r.StartedUtc, now).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
        if (takenOver == 0)
        {
            return null;
        }

        return await IdOfMineAsync(db, rule, occurrence, cancellationToken);
    }

    private async Task<long?> IdOfMineAsync(ThammJobsDbContext db, string rule, string occurrence, CancellationToken cancellationToken) =>
        await db.Set<RuleRun>().Where(r => r.Rule == rule && r.Occurrence == occurrence && r.Node == NodeId)
            .Select(r => (long?)r.Id).SingleOrDefaultAsync(cancellationToken);

    private async Task<bool> RunAsync(string ruleName, string occurrence, long runId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
            var rule = scope.ServiceProvider.GetServices<IBackgroundRule>().Single(r => r.Name == ruleName);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var summary = Truncate(await rule.RunAsync(scope.ServiceProvider, occurrence, cancellationToken), RuleRun.MaxSummaryLength);
            await db.SaveChangesAsync(cancellationToken);
            var finished = clock.GetUtcNow().UtcDateTime;
            var marked = await Mine(db, runId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, RuleRunStatus.Done).SetProperty(r => r.FinishedUtc, finished).SetProperty(r => r.Summary, summary),
                cancellationToken);
            if (marked != 1)
            {
                // The lease ran out and another node took the occurrence: its run counts, this one is undone.
                await transaction.RollbackAsync(cancellationToken);
                LogLeaseLost(ruleName, occurrence);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            LogDone(ruleName, occurrence, summary);
            foreach (var error in scope.ServiceProvider.GetRequiredService<AfterRuleCommit>().Run())
            {
                LogAfterCommitFailed(error, ruleName, occurrence);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(ruleName, occurrence, runId, exception);
            return false;
        }
    }

    private async Task RecordFailureAsync(string ruleName, string occurrence, long runId, Exception exception)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = await Mine(db, runId).Select(r => r.Attempts).SingleOrDefaultAsync(CancellationToken.None);
        var failed = attempts >= options.MaxAttempts;
        var error = Truncate($"{exception.GetType().Name}: {exception.Message}", RuleRun.MaxSummaryLength);

        // Not failed for good yet: the run stays leased until the lease runs out, then any node tries again.
        await Mine(db, runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, failed ? RuleRunStatus.Failed : RuleRunStatus.Running)
                .SetProperty(r => r.FinishedUtc, failed ? now : null)
                .SetProperty(r => r.Summary, error),
            CancellationToken.None);
        LogFailed(exception, ruleName, occurrence, attempts, failed);
    }

    private IQueryable<RuleRun> Mine(ThammJobsDbContext db, long runId) =>
        db.Set<RuleRun>().Where(r => r.Id == runId && r.Node == NodeId && r.Status == RuleRunStatus.Running);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule {Rule} ran for {Occurrence}: {Summary}")]
    private partial void LogDone(string rule, string occurrence, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rule {Rule} for {Occurrence}: a step after the commit failed (left to the periodic sweep)")]
    private partial void LogAfterCommitFailed(Exception exception, string rule, string occurrence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rule {Rule} for {Occurrence}: the lease ran out before the end; another node's run counts")]
    private partial void LogLeaseLost(string rule, string occurrence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule {Rule} failed for {Occurrence} (attempt {Attempts}, given up: {GivenUp})")]
    private partial void LogFailed(Exception exception, string rule, string occurrence, int attempts, bool givenUp);
}
