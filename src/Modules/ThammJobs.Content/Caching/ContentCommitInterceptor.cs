using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThammJobs.Content.Caching;

/// <summary>Tells <see cref="ContentChangeInterceptor"/> when a caller's transaction ends.</summary>
internal sealed class ContentCommitInterceptor(ContentChangeInterceptor changes) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Committed(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => changes.RolledBack(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.RolledBack(eventData.Context);
        return Task.CompletedTask;
    }
}
