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
            // A draft may not have a valid deadline yet; what is published always has one (ContentValidator).
            DeadlineUtc = draft.Content is JobOffer offer ? OfferDeadlines.TryToUtc(offer.Deadline) : null,
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
        await InTransactionAsync(version, outcome, async () =>
        {
            // Flush the cleared flags first: the filtered unique indexes allow one latest and one published row.
            await db.SaveChangesAsync(cancellationToken);
            versions.Add(version);
        }, cancellationToken);
        return outcome;
    }

    /// <summary>Publishes the item's latest version as it stands. False when there is no item or it is already published.</summary>
    public async Task<bool> PublishLatestAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = db.Set<ContentItemVersion>();
        var latest = await versions.SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Latest, cancellationToken);
        if (latest is null || latest.Published)
        {
            return false;
        }

        var published = await versions.SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await InTransactionAsync(latest, SaveOutcome.Published, async () =>
        {
            if (published is not null)
            {
                // Flushed first: the filtered unique index allows one published row per item.
                published.Published = false;
                await db.SaveChangesAsync(cancellationToken);
            }

            latest.Published = true;
            latest.PublishedUtc = published?.PublishedUtc ?? now;
            latest.ModifiedUtc = now;
        }, cancellationToken);
        return true;
    }

    /// <summary>Takes the item offline; its versions stay (history). False when nothing was published.</summary>
    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var published = await db.Set<ContentItemVersion>().SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, cancellationToken);
        if (published is null)
        {
            return false;
        }

        await InTransactionAsync(published, SaveOutcome.Unpublished, () =>
        {
            published.Published = false;
            published.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            return Task.CompletedTask;
        }, cancellationToken);
        return true;
    }

    /// <summary>Removes the item and all its versions. False when there was no such item.</summary>
    public async Task<bool> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var all = await db.Set<ContentItemVersion>().Where(v => v.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        var latest = all.SingleOrDefault(v => v.Latest);
        if (latest is null)
        {
            return false;
        }

        await InTransactionAsync(latest, SaveOutcome.Deleted, () =>
        {
            db.Set<ContentItemVersion>().RemoveRange(all);
            return Task.CompletedTask;
        }, cancellationToken);
        return true;
    }

    /// <summary>The change, then the handlers, committed together (in the caller's transaction if any).</summary>
    private async Task InTransactionAsync(ContentItemVersion version, SaveOutcome outcome, Func<Task> change, CancellationToken cancellationToken)
    {
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await change();
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
    }

    private static bool IsSame(ContentItemVersion latest, ContentDraft draft, string data, bool publish) =>
        latest.ContentType == draft.ContentType
        && latest.Culture == draft.Culture
        && latest.TranslationSet == draft.TranslationSet
        && latest.Slug == draft.Slug
        && latest.Data == data
        && latest.Published == publish;
}
