using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// Keeps this node's index in step with the shared database after start-up (see <see cref="IndexStartupTask"/>):
/// applies new indexing tasks when this node changes content (signal) or every poll interval (other nodes).
/// </summary>
internal sealed class IndexingService(
    IServiceScopeFactory scopes,
    SearchIndex index,
    IndexingSignal signal,
    SearchOptions options,
    TimeProvider clock,
    ILogger<IndexingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!index.IsOpen && !index.Open())
        {
            await WithSynchronizerAsync(s => s.RebuildAsync(stoppingToken));
        }

        var nextPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextPrune)
                {
                    await WithSynchronizerAsync(s => s.PruneAsync(stoppingToken));
                    nextPrune = clock.GetUtcNow().AddHours(1);
                }

                // Drain: a big backlog is read in batches without waiting between them.
                while (await WithSynchronizerAsync(s => s.CatchUpAsync(stoppingToken)) > 0)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Search indexing failed; retrying at the next poll");
            }

            try
            {
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<T> WithSynchronizerAsync<T>(Func<IndexSynchronizer, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IndexSynchronizer>());
    }

    private async Task WithSynchronizerAsync(Func<IndexSynchronizer, Task> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IndexSynchronizer>());
    }
}
