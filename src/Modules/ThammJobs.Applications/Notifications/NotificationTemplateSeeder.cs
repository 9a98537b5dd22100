using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Notifications;

/// <summary>
/// Adds the missing default templates (never overwrites an edited one).
/// Runs at start-up on every node: the unique (stage, language) index turns a race into a harmless refusal.
/// </summary>
internal sealed class NotificationTemplateSeeder(TimeProvider clock) : IStartupTask
{
    public int Order => 31;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        try
        {
            await EnsureAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded the same rows at the same moment: theirs stand.
            db.ChangeTracker.Clear();
        }
    }

    public static async Task EnsureAsync(ThammJobsDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Set<NotificationTemplate>().Where(t => t.OfferSet == null).Select(t => new { t.Stage, t.Culture }).ToListAsync(cancellationToken);
        foreach (var d in DefaultTemplates.All)
        {
            if (!existing.Any(e => e.Stage == d.Stage && e.Culture == "fr"))
            {
                db.Add(new NotificationTemplate { Stage = d.Stage, Culture = "fr", Subject = d.SubjectFr, Body = d.BodyFr, Enabled = d.Enabled, UpdatedUtc = now });
            }

            if (!existing.Any(e => e.Stage == d.Stage && e.Culture == "ar"))
            {
                db.Add(new NotificationTemplate { Stage = d.Stage, Culture = "ar", Subject = d.SubjectAr, Body = d.BodyAr, Enabled = d.Enabled, UpdatedUtc = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
