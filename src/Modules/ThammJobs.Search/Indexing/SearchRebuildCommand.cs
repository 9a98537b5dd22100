using ThammJobs.Core.Data;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// <c>search rebuild</c>: rebuilds this node's index from the database now, or, when the site is running and
/// holds the index, asks every node to rebuild through a special indexing task.
/// </summary>
public sealed class SearchRebuildCommand(SearchIndex index, IndexSynchronizer synchronizer, ThammJobsDbContext db, TimeProvider clock)
{
    public const string RebuildAll = "*";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            index.Open();
        }
        catch (IndexFolderInUseException)
        {
            db.Set<IndexingTask>().Add(new IndexingTask { ContentItemId = RebuildAll, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            return "Le site tourne et tient l'index : reconstruction demandée à tous les nœuds (tâche d'indexation « * »).";
        }

        await synchronizer.RebuildAsync(cancellationToken);
        return "Index de recherche reconstruit depuis la base de données.";
    }
}
