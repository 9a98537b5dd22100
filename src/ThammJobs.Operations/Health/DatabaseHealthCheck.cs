using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Data;

namespace ThammJobs.Operations.Health;

/// <summary>One trivial query through the site's own context (same provider, same connection string, same pool).</summary>
internal sealed class DatabaseHealthCheck(ThammJobsDbContext db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var answer = await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync(cancellationToken);
            return answer is [1]
                ? HealthCheckResult.Healthy(db.Database.ProviderName)
                : HealthCheckResult.Unhealthy("unexpected answer");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message may name the server or the file: it goes to the log, never to the response.
            logger.LogError(exception, "Health check: the database query failed");
            return new HealthCheckResult(context.Registration.FailureStatus, "query failed (" + exception.GetType().Name + ")");
        }
    }
}
