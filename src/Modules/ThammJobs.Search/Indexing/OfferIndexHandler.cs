using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Handlers;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// Every saved job-offer version leaves indexing tasks in the same transaction: one for the offer and one
/// for each of its translations, whose "also published in" languages may have changed with it.
/// </summary>
internal sealed class OfferIndexHandler(ThammJobsDbContext db, TimeProvider clock, IndexingSignal signal) : IContentHandler
{
    public async Task VersionSavedAsync(ContentItemVersion version, SaveOutcome outcome, CancellationToken cancellationToken)
    {
        if (version.ContentType != ContentTypes.JobOffer)
        {
            return;
        }

        var siblings = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.TranslationSet == version.TranslationSet && v.ContentItemId != version.ContentItemId)
            .Select(v => v.ContentItemId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in siblings.Prepend(version.ContentItemId))
        {
            db.Set<IndexingTask>().Add(new IndexingTask { ContentItemId = id, CreatedUtc = now });
        }

        signal.MarkPending();
    }
}
