using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;

namespace ThammJobs.Content.Scheduling;

/// <summary>
/// Publishes each due <see cref="ScheduledPublication"/> (one occurrence per schedule) through the content manager, so
/// the version flags, the search indexing tasks and any other handler's work are exactly those of a manual publish.
/// The latest version at the due instant is published: an edit saved after scheduling goes out with it.
/// </summary>
internal sealed class ScheduledPublicationRule : IBackgroundRule
{
    public const string RuleName = "content.scheduled-publication";

    public string Name => RuleName;

    public async Task<IReadOnlyList<string>> DueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        (await db.Set<ScheduledPublication>().AsNoTracking()
            .Where(s => s.Status == ScheduleStatus.Pending && s.DueUtc <= nowUtc)
            .OrderBy(s => s.DueUtc)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken))
        .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();

    public async Task<DateTime?> NextDueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.Set<ScheduledPublication>().AsNoTracking()
            .Where(s => s.Status == ScheduleStatus.Pending && s.DueUtc > nowUtc)
            .MinAsync(s => (DateTime?)s.DueUtc, cancellationToken);

    public async Task<string> RunAsync(IServiceProvider services, string occurrence, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var id = long.Parse(occurrence, CultureInfo.InvariantCulture);

        // Conditional, like a claim: an editor cancelling at the same moment either wins (nothing is published) or loses.
        var closed = await db.Set<ScheduledPublication>()
            .Where(s => s.Id == id && s.Status == ScheduleStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ScheduleStatus.Published).SetProperty(p => p.ClosedUtc, now), cancellationToken);
        if (closed == 0)
        {
            return $"schedule {id} no longer pending (cancelled): nothing published";
        }

        var itemId = await db.Set<ScheduledPublication>().Where(s => s.Id == id).Select(s => s.ContentItemId).SingleAsync(cancellationToken);
        var published = await services.GetRequiredService<ContentManager>().PublishLatestAsync(itemId, cancellationToken);
        var number = await db.Set<ContentItemVersion>().Where(v => v.ContentItemId == itemId && v.Latest).Select(v => (int?)v.Number).SingleOrDefaultAsync(cancellationToken);
        return published
            ? $"published {itemId} version {number} (schedule {id})"
            : number is null ? $"{itemId} no longer exists (schedule {id})" : $"{itemId} version {number} was already published (schedule {id})";
    }
}
