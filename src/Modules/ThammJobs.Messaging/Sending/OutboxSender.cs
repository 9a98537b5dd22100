using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Messaging.Sending;

/// <summary>
/// Delivers the outbox in the background: when this node commits new messages (signal) and every poll interval
/// (retries that fell due, messages committed by other nodes, leases that ran out).
/// </summary>
internal sealed partial class OutboxSender(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    MessagingOptions options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.SenderEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(exception);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail delivery round failed; retrying at the next poll")]
    private partial void LogRoundFailed(Exception exception);
}
