namespace ThammJobs.Core.Rules;

/// <summary>
/// One occurrence of a background rule ("publish schedule 42", "close offer X at its deadline") and what came of it.
/// The pair (<see cref="Rule"/>, <see cref="Occurrence"/>) is unique: the row is the claim, so two nodes cannot both
/// run an occurrence; while <see cref="RuleRunStatus.Running"/> it is leased to <see cref="Node"/> until
/// <see cref="LeaseUntilUtc"/>, after which another node may take it over (a node that died mid-run).
/// Kept as the record an administrator reads: when each rule ran, on which node, what it did.
/// </summary>
public sealed class RuleRun
{
    public long Id { get; set; }
    public required string Rule { get; set; }
    public required string Occurrence { get; set; }
    public RuleRunStatus Status { get; set; }
    public required string Node { get; set; }
    public int Attempts { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime LeaseUntilUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }

    /// <summary>What the run did (or the last error), for people; cut to <see cref="MaxSummaryLength"/>.</summary>
    public string? Summary { get; set; }

    public const int MaxSummaryLength = 1000;
}

public enum RuleRunStatus
{
    Running,
    Done,
    Failed,
}
