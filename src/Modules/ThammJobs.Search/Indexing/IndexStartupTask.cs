using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// Before the first request: open this node's index (rebuild it if missing or unreadable) and replay the
/// tasks it has not seen, so the first search already sees the seeded and the recently changed offers.
/// </summary>
internal sealed class IndexStartupTask : IStartupTask
{
    public int Order => 20;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var index = services.GetRequiredService<SearchIndex>();
        var synchronizer = services.GetRequiredService<IndexSynchronizer>();
        if (!index.Open())
        {
            await synchronizer.RebuildAsync(cancellationToken);
        }

        while (await synchronizer.CatchUpAsync(cancellationToken) > 0)
        {
        }
    }
}
