using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Caching;

/// <summary>
/// Moves this node's <see cref="ContentGeneration"/> once a change to content versions or settings is committed,
/// never before: a page rendered between an early move and the commit would be cached, under the new generation,
/// with the old content. Followed per context, so another context's commit does not move it too early.
/// </summary>
internal sealed class ContentChangeInterceptor(ContentGeneration generation) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        BumpIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        BumpIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfAlone(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfAlone(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The end of the caller's transaction (see <see cref="ContentCommitInterceptor"/>).</summary>
    internal void Committed(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
        {
            generation.Bump();
        }
    }

    internal void RolledBack(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is ContentItemVersion or SiteSetting)
            {
                pending.AddOrUpdate(context, this);
                return;
            }
        }
    }

    // Without a transaction of the caller's, SaveChanges has committed by now; otherwise wait for the commit.
    private void BumpIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void ForgetIfAlone(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            pending.Remove(context);
        }
    }
}
