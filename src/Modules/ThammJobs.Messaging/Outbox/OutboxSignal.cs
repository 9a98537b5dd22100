namespace ThammJobs.Messaging.Outbox;

/// <summary>
/// Wakes this node's sender once this node has committed new outbox rows, so a message leaves at once instead of
/// at the next poll. The commit interceptor marks rows saved inside a transaction as pending and raises the
/// signal after the commit, when the sender can see them.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);
    private int pending;

    public void MarkPending() => Interlocked.Exchange(ref pending, 1);

    public void RaiseIfPending()
    {
        if (Interlocked.Exchange(ref pending, 0) == 1)
        {
            Raise();
        }
    }

    public void Raise()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already raised: one wake-up is enough.
            }
        }
    }

    /// <summary>True when raised, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
