namespace ThammJobs.Messaging.Outbox;

/// <summary>
/// One e-mail in the outbox table, written in the caller's transaction (see <see cref="IOutbox"/>) and delivered
/// later by the sender of whichever node leases it first (<see cref="LeaseOwner"/> until <see cref="LeaseUntilUtc"/>).
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string To { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    public required string Culture { get; set; }
    public string? Category { get; set; }

    /// <summary>JSON array of <see cref="MessageAttachment"/> (content in base64), or null without attachments.</summary>
    public string? AttachmentsJson { get; set; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The last delivery error, cut to <see cref="MaxErrorLength"/> characters.</summary>
    public string? LastError { get; set; }
    public DateTime? SentUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }

    public const int MaxErrorLength = 2000;
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
