namespace ThammJobs.Messaging;

/// <summary>Bound from <c>ThammJobs:Mail</c>. Without an SMTP host, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
public sealed class MessagingOptions
{
    public string FromAddress { get; set; } = "no-reply@thammjobs.local";
    public string FromName { get; set; } = "ThammJobs — THAMM+ Équipe France";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string SmtpSecurity { get; set; } = "Auto";
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>Default: <c>{DataFolder}/mail-pickup</c>.</summary>
    public string? PickupFolder { get; set; }
    public int MaxAttempts { get; set; } = 8;
}
