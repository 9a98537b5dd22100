using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Services;

/// <summary>Site-wide settings, read per request (a handful of rows).</summary>
public sealed class SiteSettings(ThammJobsDbContext db)
{
    /// <summary>Every setting, without the content generation marker (a trace of this database's last change, not a setting: never exported).</summary>
    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Set<SiteSetting>().AsNoTracking().Where(s => s.Key != Caching.ContentGeneration.SettingKey)
            .ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await db.Set<SiteSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken))?.Value;

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var setting = await db.Set<SiteSetting>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is not null)
        {
            setting.Value = value;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var added = db.Set<SiteSetting>().Add(new SiteSetting { Key = key, Value = value });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Another node or task inserted the key first (read-then-insert race): update it instead.
            added.State = EntityState.Detached;
            await db.Set<SiteSetting>().Where(s => s.Key == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, value), cancellationToken);
        }
    }
}
