using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ThammJobs.Core.Rules;

/// <summary>
/// Runs the rules' rounds on this node: at the next instant a rule expects work, at the latest every poll interval
/// (work that other nodes scheduled), and at once when this node raises <see cref="RulesSignal"/>. Sleeps on the
/// injected clock, so a test's fake clock wakes it.
/// </summary>
internal sealed partial class BackgroundRulesService(
    BackgroundRuleRunner runner,
    RulesSignal signal,
    RulesOptions options,
    TimeProvider clock,
    ILogger<BackgroundRulesService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = options.PollInterval;
            try
            {
                await runner.RunDueAsync(stoppingToken);
                if (await runner.NextDueAsync(stoppingToken) is { } next)
                {
                    var untilNext = next - clock.GetUtcNow().UtcDateTime;
                    delay = untilNext < delay ? untilNext : delay;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(exception);
            }

            if (delay < TimeSpan.FromMilliseconds(1))
            {
                delay = TimeSpan.FromMilliseconds(1);
            }

            using var timer = new CancellationTokenSource(delay, clock);
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
            try
            {
                await signal.WaitAsync(Timeout.InfiniteTimeSpan, wake.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The timer: time for the next round.
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background rules round failed; retrying at the next poll")]
    private partial void LogRoundFailed(Exception exception);
}
