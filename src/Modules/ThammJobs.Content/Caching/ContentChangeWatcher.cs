using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
        // Read at start-up before anything was served (GenerationStartupTask); without it, the first reading counts
        // as a change, since pages may have been cached before it from older data.
        var seen = generation.Watermark;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = await ReadAsync(stoppingToken);
                if (now != seen)
                {
                    generation.Bump();
                    seen = now;
                    generation.Watermark = now;
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
        return await SettingsWatermark.ReadAsync(scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>(), cancellationToken);
    }
}
