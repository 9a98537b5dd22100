using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Data;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Operations.Health;

/// <summary>
/// This node's Lucene index: open, readable (a searcher can be acquired), and not far behind the shared
/// database (degraded when the oldest indexing task it has not applied is older than <see cref="HealthOptions.MaxIndexLagSeconds"/>).
/// </summary>
internal sealed class SearchIndexHealthCheck(
    SearchIndex index, ThammJobsDbContext db, HealthOptions options, TimeProvider clock, ILogger<SearchIndexHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.IsOpen)
        {
            return HealthCheckResult.Unhealthy("index not open");
        }

        int documents;
        try
        {
            documents = index.Search(searcher => searcher.IndexReader.NumDocs);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Health check: the search index could not be read");
            return HealthCheckResult.Unhealthy("index unreadable");
        }

        var cursor = index.Cursor;
        var pending = db.Set<IndexingTask>().Where(t => t.Id > cursor);
        var count = await pending.CountAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["documents"] = documents, ["cursor"] = cursor, ["tasksBehind"] = count };
        if (count == 0)
        {
            return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{documents} documents, up to date"), data);
        }

        var oldest = await pending.MinAsync(t => t.CreatedUtc, cancellationToken);
        var lag = clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(oldest, DateTimeKind.Utc);
        var description = string.Create(CultureInfo.InvariantCulture, $"{documents} documents, {count} tasks behind ({Math.Max(0, lag.TotalSeconds):0} s)");
        return lag > TimeSpan.FromSeconds(Math.Max(1, options.MaxIndexLagSeconds))
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
