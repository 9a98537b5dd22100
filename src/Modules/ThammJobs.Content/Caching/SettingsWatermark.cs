using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Caching;

/// <summary>
/// The whole settings table as one string: a handful of short rows, among them the generation row every content
/// change rewrites. Two different readings mean content or settings changed in between.
/// </summary>
internal static class SettingsWatermark
{
    public static async Task<string> ReadAsync(ThammJobsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<SiteSetting>().AsNoTracking().OrderBy(s => s.Key).Select(s => new { s.Key, s.Value }).ToListAsync(cancellationToken);
        return string.Join('\n', rows.Select(r => r.Key + "=" + r.Value));
    }
}
