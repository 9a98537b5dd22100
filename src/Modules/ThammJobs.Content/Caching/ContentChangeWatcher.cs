using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThammJobs.Content.Models;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Caching;

/// <summary>
/// Other nodes' changes: every <see cref="PublicPageCacheOptions.SyncInterval"/>, reads the settings table (a handful
/// of rows, among them the generation row every content change rewrites) and moves this node's generation when
/// anything in it differs. Settings changed by any path (recipe, another node, by hand) are seen the same way.
/// </summary>
internal sealed class ContentChangeWatcher(
    IServiceScopeFactory scopes,
    ContentGeneration generation,
    PublicPageCacheOptions options,
    ILogger<ContentChangeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first reading counts as a change: a page may have been cached before it, from older data.
        string? seen = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = await ReadAsync(stoppingToken);
                if (now != seen)
                {
                    generation.Bump();
                    seen = now;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not check the database for content changes; cached pages may lag until the next check");
            }

            try
            {
                // A poll period, not a date: real time, like the search index's poll.
                await Task.Delay(options.SyncInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var rows = await db.Set<SiteSetting>().AsNoTracking().OrderBy(s => s.Key).Select(s => new { s.Key, s.Value }).ToListAsync(cancellationToken);
        return string.Join('\n', rows.Select(r => r.Key + "=" + r.Value));
    }
}
