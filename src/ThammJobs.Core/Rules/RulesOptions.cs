namespace ThammJobs.Core.Rules;

/// <summary>Settings of the background rules (<c>ThammJobs:Rules</c>).</summary>
public sealed class RulesOptions
{
    /// <summary>False: this node does not run rules (the other nodes do). Tests drive the runner by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest sleep between two rounds; the runner also wakes at the next due instant it knows of.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a node holds an occurrence it runs before another node may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A failed occurrence is tried this many times (one lease apart), then recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How far back a rule looks for moments it may have missed (site stopped at the instant).</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(7);
}
