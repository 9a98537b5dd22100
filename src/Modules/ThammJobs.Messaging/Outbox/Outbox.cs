using System.Net.Mail;
using System.Text.Json;
using ThammJobs.Core.Data;

namespace ThammJobs.Messaging.Outbox;

/// <summary>Stores messages as <see cref="OutboxMessage"/> rows in the caller's context; the caller's commit sends them.</summary>
internal sealed class Outbox(TimeProvider clock) : IOutbox
{
    public void Enqueue(ThammJobsDbContext db, OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        // A bad address is the caller's mistake: say so now rather than fail in the background later.
        if (!MailAddress.TryCreate(message.To, out _))
        {
            throw new ArgumentException($"Not an e-mail address: '{message.To}'.", nameof(message));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            CreatedUtc = now,
            To = message.To,
            ToName = message.ToName,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Culture = message.Culture,
            Category = message.Category,
            AttachmentsJson = message.Attachments is { Count: > 0 } attachments ? JsonSerializer.Serialize(attachments) : null,
            Status = OutboxStatus.Pending,
            NextAttemptUtc = now,
        });
    }

    internal static IReadOnlyList<MessageAttachment> Attachments(OutboxMessage message) =>
        message.AttachmentsJson is { } json ? JsonSerializer.Deserialize<List<MessageAttachment>>(json) ?? [] : [];
}
