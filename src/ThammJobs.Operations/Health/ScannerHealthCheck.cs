using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using ThammJobs.Uploads.Scanning;

namespace ThammJobs.Operations.Health;

/// <summary>
/// The antivirus: "not configured" is healthy (files are kept unscanned by design); a configured clamd must
/// answer PING within the timeout, else the check reports the registration's failure status
/// (degraded unless <see cref="HealthOptions.ScannerRequired"/>).
/// </summary>
internal sealed class ScannerHealthCheck(IVirusScanner scanner, HealthOptions options, ILogger<ScannerHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!scanner.IsConfigured)
        {
            return HealthCheckResult.Healthy("not configured");
        }

        if (scanner is not ClamdScanner clamd)
        {
            return HealthCheckResult.Healthy("configured (" + scanner.GetType().Name + ", no ping)");
        }

        var timeout = options.DependencyTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        bool answered;
        try
        {
            answered = await clamd.PingAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            answered = false;
        }

        if (answered)
        {
            return HealthCheckResult.Healthy("PONG");
        }

        logger.LogWarning("Health check: clamd did not answer PING within {Timeout} s", timeout.TotalSeconds);
        return new HealthCheckResult(context.Registration.FailureStatus,
            string.Create(CultureInfo.InvariantCulture, $"no answer to PING within {timeout.TotalSeconds:0} s"));
    }
}
