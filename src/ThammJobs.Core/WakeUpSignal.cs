namespace ThammJobs.Core;

/// <summary>
/// Wakes one background service of this node early: work is marked pending inside a transaction and raised after
/// the commit, when the service can see it; the service waits on the signal or its poll interval, whichever first.
/// Each module derives its own signal so that each service has its own.
/// </summary>
public abstract class WakeUpSignal
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
