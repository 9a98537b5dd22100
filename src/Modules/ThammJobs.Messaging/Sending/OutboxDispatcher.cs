using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using ThammJobs.Core.Data;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Messaging.Sending;

/// <summary>
/// One delivery round of this node: claims due messages with a lease, delivers them, records the outcome.
/// Several nodes on one database never deliver a message twice while its lease runs: a claim is an
/// <c>UPDATE … WHERE Id = @id AND Status = 'Pending' AND NextAttemptUtc &lt;= @now AND (LeaseUntilUtc IS NULL OR LeaseUntilUtc &lt; @now)</c>
/// and only the node whose update changed the row delivers it (PostgreSQL re-checks the condition on the row a
/// concurrent claim has just committed; SQLite runs writers one at a time).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    MimeMessageFactory factory,
    MessagingOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Who holds a lease: this dispatcher, on this machine and process.</summary>
    public string NodeId { get; } = Truncate($"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}", 100);

    /// <summary>Delivers every message that is due now, in rounds of <see cref="MessagingOptions.BatchSize"/>.</summary>
    /// <returns>How many messages this call attempted (sent, rescheduled or failed).</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var attempted = await DeliverBatchAsync(cancellationToken);
            if (attempted == 0)
            {
                return total;
            }

            total += attempted;
        }
    }

    private async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Due(db.Set<OutboxMessage>(), now)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => m.Id)
            .Take(Math.Max(1, options.BatchSize))
            .ToListAsync(cancellationToken);

        var attempted = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(db, id, cancellationToken))
            {
                await DeliverAsync(db, id, cancellationToken);
                attempted++;
            }
        }

        return attempted;
    }

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now));

    private async Task<bool> ClaimAsync(ThammJobsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.LeaseDuration;
        var claimed = await Due(db.Set<OutboxMessage>().Where(m => m.Id == id), now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, NodeId).SetProperty(m => m.LeaseUntilUtc, until), cancellationToken);
        return claimed == 1;
    }

    private async Task DeliverAsync(ThammJobsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        var mine = db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeaseOwner == NodeId);
        try
        {
            MimeMessage message;
            try
            {
                message = factory.Create(row);
            }
            catch (Exception exception) when (exception is ParseException or FormatException or ArgumentException or JsonException)
            {
                throw new PermanentDeliveryException($"The message cannot be built: {exception.Message}", exception);
            }

            await transport.SendAsync(id, message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: give the message back rather than keep it leased until the lease runs out.
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(row, mine, exception, cancellationToken);
            return;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        var attempts = row.Attempts + 1;
        var marked = await mine.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentUtc, sentAt)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            CancellationToken.None);
        if (marked == 1)
        {
            LogSent(row.Id, row.Category, row.Culture, attempts);
        }
        else
        {
            LogLeaseLost(row.Id, options.LeaseDuration);
        }
    }

    private async Task RecordFailureAsync(OutboxMessage row, IQueryable<OutboxMessage> mine, Exception exception, CancellationToken cancellationToken)
    {
        var attempts = row.Attempts + 1;
        var permanent = exception is PermanentDeliveryException;
        var failed = permanent || attempts >= options.MaxAttempts;
        var now = clock.GetUtcNow().UtcDateTime;
        var next = failed ? now : now + RetryDelay(attempts);
        var error = Truncate($"{exception.GetType().Name}: {exception.Message}", OutboxMessage.MaxErrorLength);
        var status = failed ? OutboxStatus.Failed : OutboxStatus.Pending;
        await mine.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, status)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            cancellationToken);
        if (failed)
        {
            LogFailed(exception, row.Id, row.Category, attempts);
        }
        else
        {
            LogRetry(exception, row.Id, row.Category, attempts, next);
        }
    }

    /// <summary>Wait after the <paramref name="attempts"/>-th failure: RetryDelay × 2^(attempts−1), at most MaxRetryDelay.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = options.RetryDelay.TotalMilliseconds * factor;
        return delay >= options.MaxRetryDelay.TotalMilliseconds ? options.MaxRetryDelay : TimeSpan.FromMilliseconds(delay);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {Id} ({Category}, {Culture}) sent after {Attempts} attempt(s)")]
    private partial void LogSent(Guid id, string? category, string culture, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Category}) failed at attempt {Attempts}; next attempt at {NextAttemptUtc:o}")]
    private partial void LogRetry(Exception exception, Guid id, string? category, int attempts, DateTime nextAttemptUtc);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} ({Category}) failed for good after {Attempts} attempt(s)")]
    private partial void LogFailed(Exception exception, Guid id, string? category, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} was delivered but its lease had run out ({LeaseDuration}); another node may deliver it again")]
    private partial void LogLeaseLost(Guid id, TimeSpan leaseDuration);
}
