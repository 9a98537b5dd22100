using ThammJobs.Core.Data;

namespace ThammJobs.Core.Rules;

/// <summary>
/// Something the site does by itself when a moment comes (publish a scheduled item, close an offer at its deadline).
/// A rule only says which occurrences are due and what one occurrence does; <see cref="BackgroundRuleRunner"/> claims
/// each occurrence once across every node, runs it in a transaction and records the run. Rules are scoped services.
/// </summary>
public interface IBackgroundRule
{
    /// <summary>Stable name, stored with each run (e.g. <c>content.scheduled-publication</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Occurrences whose moment has come at <paramref name="nowUtc"/>, each a stable key (at most 200 characters).
    /// Returning one that already ran is fine: the runner skips occurrences with a finished run.
    /// </summary>
    Task<IReadOnlyList<string>> DueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The next instant after <paramref name="nowUtc"/> at which an occurrence falls due, if known.</summary>
    Task<DateTime?> NextDueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Does the occurrence's work with the scope's services, inside the runner's transaction (the work commits
    /// only with the record of the run). Returns what was done, for the record.
    /// </summary>
    Task<string> RunAsync(IServiceProvider services, string occurrence, CancellationToken cancellationToken);
}
