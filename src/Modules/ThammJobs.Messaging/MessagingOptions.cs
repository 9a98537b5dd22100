namespace ThammJobs.Messaging;

/// <summary>Bound from <c>ThammJobs:Mail</c>. Without an SMTP host, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
public sealed class MessagingOptions
{
    public string FromAddress { get; set; } = "no-reply@thammjobs.local";
    public string FromName { get; set; } = "ThammJobs — THAMM+ Équipe France";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    /// <summary>None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's <c>SecureSocketOptions</c>).</summary>
    public string SmtpSecurity { get; set; } = "Auto";
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>Timeout of one SMTP operation (connect, command, data).</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Default: <c>{DataFolder}/mail-pickup</c>.</summary>
    public string? PickupFolder { get; set; }
    /// <summary>Delivery attempts before a message is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>Wait after the first failure; doubled after each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);
    /// <summary>How often the sender looks for due messages when nothing wakes it (retries, other nodes' messages).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a node owns a message it is delivering; after that another node may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Messages claimed per round.</summary>
    public int BatchSize { get; set; } = 20;
    /// <summary>False: no background sender on this node (the outbox still fills; another node or a test delivers).</summary>
    public bool SenderEnabled { get; set; } = true;
}
