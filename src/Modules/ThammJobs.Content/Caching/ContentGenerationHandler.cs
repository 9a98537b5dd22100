using ThammJobs.Content.Handlers;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Caching;

/// <summary>
/// Every stored, published, unpublished or deleted version rewrites the generation row in the same transaction,
/// so another node sees a new value exactly when it can see the change (whatever the content type: pages and
/// projects have no indexing tasks to watch).
/// </summary>
internal sealed class ContentGenerationHandler(ThammJobsDbContext db) : IContentHandler
{
    public async Task VersionSavedAsync(ContentItemVersion version, SaveOutcome outcome, CancellationToken cancellationToken)
    {
        var value = Guid.NewGuid().ToString("N");
        var row = await db.Set<SiteSetting>().FindAsync([ContentGeneration.SettingKey], cancellationToken);
        if (row is null)
        {
            // Only when the start-up task did not run (command-line recipe import); sites create the row at start.
            db.Set<SiteSetting>().Add(new SiteSetting { Key = ContentGeneration.SettingKey, Value = value });
        }
        else
        {
            row.Value = value;
        }
    }
}
