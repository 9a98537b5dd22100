using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using ThammJobs.Core;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Operations.Health;
using ThammJobs.Operations.Logging;
using ThammJobs.Operations.Metrics;

namespace ThammJobs.Operations;

/// <summary>
/// What the people running the site need: <c>/health/live</c> and <c>/health/ready</c> for the load balancer,
/// an <c>X-Request-Id</c> on every response (the <c>RequestId</c> of every log line of that request), and
/// OpenTelemetry metrics with a Prometheus endpoint switched on by <c>ThammJobs:Metrics:Prometheus</c>.
/// See docs/operations.md.
/// </summary>
public static class OperationsModule
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        var health = configuration.GetSection("ThammJobs:Health").Get<HealthOptions>() ?? new HealthOptions();
        services.AddSingleton(health);
        services.AddSingleton(sp => new DataFolder(SiteFolders.DataFolder(configuration, sp.GetRequiredService<IHostEnvironment>())));

        // Each check bounds its own waits; the registration timeout is the backstop.
        var timeout = health.DependencyTimeout + TimeSpan.FromSeconds(2);
        var dependencyFailure = (bool required) => required ? HealthStatus.Unhealthy : HealthStatus.Degraded;
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadyTag], timeout)
            .AddCheck<DiskSpaceHealthCheck>("disk", HealthStatus.Unhealthy, [ReadyTag], timeout)
            .AddCheck<SearchIndexHealthCheck>("search-index", HealthStatus.Unhealthy, [ReadyTag], timeout)
            .AddCheck<ScannerHealthCheck>("scanner", dependencyFailure(health.ScannerRequired), [ReadyTag], timeout)
            .AddCheck<SmtpHealthCheck>("smtp", dependencyFailure(health.SmtpRequired), [ReadyTag], timeout);

        var metrics = configuration.GetSection("ThammJobs:Metrics").Get<MetricsOptions>() ?? new MetricsOptions();
        services.AddSingleton(metrics);
        if (metrics.Prometheus)
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("thammjobs"))
                .WithMetrics(meters => meters.AddMeter(MetricsOptions.Meters).AddPrometheusExporter());
        }

        return services;
    }

    /// <summary>The <c>X-Request-Id</c> header; call first, so even error pages carry it.</summary>
    public static IApplicationBuilder UseOperations(this IApplicationBuilder app) => app.UseRequestIdHeader();

    /// <summary>Health endpoints (anonymous: the load balancer calls them) and, when switched on, the Prometheus scrape endpoint.</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous();

        var metrics = endpoints.ServiceProvider.GetRequiredService<MetricsOptions>();
        if (metrics.Prometheus)
        {
            // Observable instruments exist once their owner does.
            endpoints.ServiceProvider.GetService<OutboxBacklog>();
            endpoints.MapPrometheusScrapingEndpoint(metrics.PrometheusPath).AllowAnonymous();
        }

        return endpoints;
    }
}
