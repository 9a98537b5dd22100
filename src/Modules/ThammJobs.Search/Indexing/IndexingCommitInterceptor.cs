using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThammJobs.Search.Indexing;

/// <summary>After a commit that carried indexing tasks, wake the indexer (see <see cref="IndexingSignal"/>).</summary>
internal sealed class IndexingCommitInterceptor(IndexingSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.RaiseIfPending();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.RaiseIfPending();
        return Task.CompletedTask;
    }
}
