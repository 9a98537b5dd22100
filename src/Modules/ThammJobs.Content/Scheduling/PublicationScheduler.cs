using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;

namespace ThammJobs.Content.Scheduling;

/// <summary>Writes and cancels schedules; the background rule does the publishing.</summary>
public sealed class PublicationScheduler(ThammJobsDbContext db, TimeProvider clock, RulesSignal signal)
{
    /// <summary>Schedules each item at <paramref name="instant"/>, replacing a pending schedule of the same item.</summary>
    public async Task ScheduleAsync(IReadOnlyCollection<string> contentItemIds, ScheduleInstant instant, string? user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in contentItemIds)
        {
            // Cancelled before the new one is added: the filtered unique index allows one pending schedule per item.
            await CancelPending(id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ScheduleStatus.Cancelled)
                .SetProperty(p => p.ClosedUtc, now).SetProperty(p => p.CancelledBy, user), cancellationToken);
            db.Add(new ScheduledPublication
            {
                ContentItemId = id, DueUtc = instant.Utc, Local = instant.Local, TimeZone = instant.TimeZone,
                Status = ScheduleStatus.Pending, CreatedUtc = now, CreatedBy = user,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The runner may be asleep until a later instant: let it see the new one.
        signal.Raise();
    }

    /// <summary>Cancels the item's pending schedule. False when there was none (already published or cancelled).</summary>
    public async Task<bool> CancelAsync(string contentItemId, string? user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cancelled = await CancelPending(contentItemId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ScheduleStatus.Cancelled)
            .SetProperty(p => p.ClosedUtc, now).SetProperty(p => p.CancelledBy, user), cancellationToken);
        return cancelled > 0;
    }

    /// <summary>Pending schedules by item, for lists.</summary>
    public async Task<Dictionary<string, ScheduledPublication>> PendingAsync(CancellationToken cancellationToken) =>
        await db.Set<ScheduledPublication>().AsNoTracking().Where(s => s.Status == ScheduleStatus.Pending)
            .ToDictionaryAsync(s => s.ContentItemId, cancellationToken);

    private IQueryable<ScheduledPublication> CancelPending(string contentItemId) =>
        db.Set<ScheduledPublication>().Where(s => s.ContentItemId == contentItemId && s.Status == ScheduleStatus.Pending);
}
