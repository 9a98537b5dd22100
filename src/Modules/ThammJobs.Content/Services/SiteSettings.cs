using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Services;

/// <summary>Site-wide settings, read per request (a handful of rows).</summary>
public sealed class SiteSettings(ThammJobsDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Set<SiteSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await db.Set<SiteSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken))?.Value;

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var setting = await db.Set<SiteSetting>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is null)
        {
            db.Set<SiteSetting>().Add(new SiteSetting { Key = key, Value = value });
        }
        else
        {
            setting.Value = value;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
