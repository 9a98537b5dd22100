using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Handlers;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Services;

/// <summary>
/// Stores content versions. Saving is an upsert on the stable item id: an identical save changes nothing,
/// a different one adds a version and keeps the history. The version and whatever the handlers add
/// (indexing tasks, audit lines) commit together: in the caller's transaction if there is one, else in one
/// of their own.
/// </summary>
public sealed class ContentManager(ThammJobsDbContext db, TimeProvider clock, IEnumerable<IContentHandler> handlers)
{
    public async Task<SaveOutcome> SaveAsync(ContentDraft draft, bool publish, string? author, DateTime? publishedUtc = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var data = ContentJson.Serialize(draft.Content);
        var versions = db.Set<ContentItemVersion>();
        var latest = await versions.SingleOrDefaultAsync(v => v.ContentItemId == draft.ContentItemId && v.Latest, cancellationToken);

        if (latest is not null && IsSame(latest, draft, data, publish))
        {
            return SaveOutcome.Unchanged;
        }

        var version = new ContentItemVersion
        {
            ContentItemId = draft.ContentItemId,
            Number = (latest?.Number ?? 0) + 1,
            ContentType = draft.ContentType,
            Culture = draft.Culture,
            TranslationSet = draft.TranslationSet,
            Slug = draft.Slug,
            Title = draft.Content.Title,
            Data = data,
            Latest = true,
            CreatedUtc = latest?.CreatedUtc ?? now,
            ModifiedUtc = now,
            Author = author,
            DeadlineUtc = draft.Content is JobOffer offer ? OfferDeadlines.ToUtc(offer.Deadline) : null,
        };

        if (latest is not null)
        {
            latest.Latest = false;
        }

        if (publish)
        {
            var published = await versions.SingleOrDefaultAsync(v => v.ContentItemId == draft.ContentItemId && v.Published, cancellationToken);
            if (published is not null)
            {
                published.Published = false;
            }

            version.Published = true;
            version.PublishedUtc = publishedUtc ?? published?.PublishedUtc ?? now;
        }

        var outcome = latest is null ? SaveOutcome.Created : SaveOutcome.Updated;
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Flush the cleared flags first: the filtered unique indexes allow one latest and one published row.
            await db.SaveChangesAsync(cancellationToken);
            versions.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var handler in handlers)
            {
                await handler.VersionSavedAsync(version, outcome, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }

        return outcome;
    }

    private static bool IsSame(ContentItemVersion latest, ContentDraft draft, string data, bool publish) =>
        latest.ContentType == draft.ContentType
        && latest.Culture == draft.Culture
        && latest.TranslationSet == draft.TranslationSet
        && latest.Slug == draft.Slug
        && latest.Data == data
        && latest.Published == publish;
}
