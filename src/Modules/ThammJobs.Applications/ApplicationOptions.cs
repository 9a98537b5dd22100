namespace ThammJobs.Applications;

/// <summary>Bound from <c>ThammJobs:Applications</c>.</summary>
public sealed class ApplicationOptions
{
    /// <summary>Prefix of receipt numbers: <c>{prefix}-{year}-{000123}</c>.</summary>
    public string NumberPrefix { get; set; } = "THAMM";

    /// <summary>How long a candidate's status link works; a new one can be asked for by e-mail.</summary>
    public int StatusLinkDays { get; set; } = 120;

    /// <summary>Unsubmitted forms keep their files this long.</summary>
    public int DraftHours { get; set; } = 48;

    /// <summary>Stated in the consent text; the erasure rule uses the same figure.</summary>
    public int RetentionMonths { get; set; } = 24;

    /// <summary>Form submissions (and other candidate POSTs) per client address per window.</summary>
    public int RateLimitPermits { get; set; } = 20;
    public int RateLimitWindowSeconds { get; set; } = 600;

    /// <summary>How often files left "awaiting scan" are sent to the scanner again, and orphans swept.</summary>
    public int MaintenanceIntervalSeconds { get; set; } = 120;

    /// <summary>
    /// Counted from the application's last change; a candidate who agreed to the talent pool keeps their data this
    /// long instead (from the same instant), unless they erase it or withdraw the consent earlier.
    /// </summary>
    public int TalentPoolRetentionMonths { get; set; } = 48;

    /// <summary>
    /// The site's public address (<c>https://emplois.example.ma</c>), for links in e-mails sent outside a request
    /// (the background rules). Within a request the request's own address is used.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Default: <c>{DataFolder}/applications</c>; outside wwwroot, shared by all nodes.</summary>
    public string? FilesFolder { get; set; }
}
