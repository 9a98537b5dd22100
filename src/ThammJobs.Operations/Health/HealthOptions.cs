namespace ThammJobs.Operations.Health;

/// <summary>Bound from <c>ThammJobs:Health</c>: thresholds of the readiness checks.</summary>
public sealed class HealthOptions
{
    /// <summary>Below this much free space in the data folder the node is unhealthy; below twice this, degraded.</summary>
    public long MinimumFreeDiskMegabytes { get; set; } = 1024;

    /// <summary>The search index is degraded when the oldest indexing task it has not applied is older than this.</summary>
    public int MaxIndexLagSeconds { get; set; } = 120;

    /// <summary>Longest wait for the scanner's PING and the SMTP server's TCP connect.</summary>
    public int DependencyTimeoutSeconds { get; set; } = 3;

    /// <summary>
    /// False (default): an unreachable clamd only makes the node degraded (200), since applications are still
    /// accepted and their files rescanned later; true: the node is unhealthy (503) without it.
    /// </summary>
    public bool ScannerRequired { get; set; }

    /// <summary>False (default): an unreachable SMTP server only makes the node degraded (mail waits in the outbox); true: unhealthy.</summary>
    public bool SmtpRequired { get; set; }

    internal TimeSpan DependencyTimeout => TimeSpan.FromSeconds(Math.Max(1, DependencyTimeoutSeconds));
}
