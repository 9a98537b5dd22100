using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThammJobs.Core.Data;

namespace ThammJobs.Messaging.Outbox;

/// <summary>
/// The <c>ThammJobs.Messaging</c> meter's <c>thammjobs.outbox.backlog</c> gauge: messages still Pending in the
/// shared outbox (all nodes). Counted in the database at most every <c>ThammJobs:Metrics:OutboxBacklogSeconds</c>
/// (default 15), however often metrics are collected; the last count is reported in between.
/// </summary>
public sealed class OutboxBacklog
{
    public const string MeterName = "ThammJobs.Messaging";

    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<OutboxBacklog> logger;
    private readonly TimeSpan refresh;
    private readonly Lock gate = new();
    private long? pending;
    private long countedAt;

    public OutboxBacklog(IMeterFactory meters, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OutboxBacklog> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.scopes = scopes;
        this.logger = logger;
        refresh = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("ThammJobs:Metrics:OutboxBacklogSeconds", 15)));
        meters.Create(MeterName).CreateObservableGauge("thammjobs.outbox.backlog", Observe, "{message}", "E-mails waiting in the outbox (status Pending)");
    }

    private IEnumerable<Measurement<long>> Observe()
    {
        lock (gate)
        {
            if (pending is null || Stopwatch.GetElapsedTime(countedAt) >= refresh)
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
                    pending = db.Set<OutboxMessage>().LongCount(m => m.Status == OutboxStatus.Pending);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    logger.LogWarning(exception, "The outbox backlog could not be counted");
                }

                countedAt = Stopwatch.GetTimestamp();
            }

            return pending is { } value ? [new Measurement<long>(value)] : [];
        }
    }
}
