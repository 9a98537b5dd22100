using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using ThammJobs.Messaging;

namespace ThammJobs.Operations.Health;

/// <summary>
/// The mail relay: without an SMTP host mail goes to the pickup folder (healthy); with one, a TCP connection
/// must open within the timeout (nothing is sent, no credentials are used), else the registration's failure
/// status (degraded unless <see cref="HealthOptions.SmtpRequired"/>: mail waits in the outbox meanwhile).
/// </summary>
internal sealed class SmtpHealthCheck(MessagingOptions mail, HealthOptions options, ILogger<SmtpHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(mail.SmtpHost))
        {
            return HealthCheckResult.Healthy("pickup folder");
        }

        var timeout = options.DependencyTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(mail.SmtpHost.Trim(), mail.SmtpPort, deadline.Token);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Health check: SMTP server {Host}:{Port} not reachable within {Timeout} s", mail.SmtpHost, mail.SmtpPort, timeout.TotalSeconds);
            return new HealthCheckResult(context.Registration.FailureStatus,
                string.Create(CultureInfo.InvariantCulture, $"not reachable within {timeout.TotalSeconds:0} s"));
        }
        catch (SocketException exception)
        {
            logger.LogWarning("Health check: SMTP server {Host}:{Port} not reachable: {Error}", mail.SmtpHost, mail.SmtpPort, exception.SocketErrorCode);
            return new HealthCheckResult(context.Registration.FailureStatus, "not reachable (" + exception.SocketErrorCode + ")");
        }
    }
}
