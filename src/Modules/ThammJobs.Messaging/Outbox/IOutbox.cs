using ThammJobs.Core.Data;

namespace ThammJobs.Messaging.Outbox;

/// <summary>
/// Adds a message to the outbox table through the caller's <see cref="ThammJobsDbContext"/>: it is committed with
/// the caller's own changes (or not at all), and the background sender is woken after the commit.
/// </summary>
public interface IOutbox
{
    void Enqueue(ThammJobsDbContext db, OutgoingMessage message);
}
