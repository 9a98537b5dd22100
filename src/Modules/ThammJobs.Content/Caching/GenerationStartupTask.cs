using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Core;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Caching;

/// <summary>
/// Creates the generation row before anything is served, under the start-up lock: two nodes saving their first
/// content at once would otherwise both insert it, and one save would fail (during start-up only one node writes).
/// Then takes the first reading of the settings for <see cref="ContentChangeWatcher"/>: last of the start-up tasks,
/// after seeding has written its settings and content, so that the watcher does not take them for a change.
/// </summary>
internal sealed class GenerationStartupTask : IStartupTask
{
    public int Order => 100;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        if (!await db.Set<SiteSetting>().AnyAsync(s => s.Key == ContentGeneration.SettingKey, cancellationToken))
        {
            db.Set<SiteSetting>().Add(new SiteSetting { Key = ContentGeneration.SettingKey, Value = Guid.NewGuid().ToString("N") });
            await db.SaveChangesAsync(cancellationToken);
        }

        services.GetRequiredService<ContentGeneration>().Watermark = await SettingsWatermark.ReadAsync(db, cancellationToken);
    }
}
