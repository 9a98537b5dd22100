namespace ThammJobs.Search.Indexing;

/// <summary>
/// Wakes this node's indexer once this node has committed a content change, so the change is searchable
/// at once instead of at the next poll. Handlers mark the change as pending inside the transaction; the
/// commit interceptor raises the signal after the commit, when the indexer can see the tasks.
/// </summary>
public sealed class IndexingSignal
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
