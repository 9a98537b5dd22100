using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// Brings this node's index up to date with the database: replays indexing tasks after the index's cursor,
/// or rebuilds everything. Task ids can arrive out of order (a PostgreSQL transaction that took id 10 may
/// commit after the one that took 11): the cursor only moves over contiguous ids, and a hole is skipped
/// only once the task after it is older than <see cref="SearchOptions.HoleTimeout"/>.
/// </summary>
public sealed class IndexSynchronizer(
    ThammJobsDbContext db,
    SearchIndex index,
    MarkdownRenderer markdown,
    SiteSettings settings,
    SearchOptions options,
    TimeProvider clock,
    ILogger<IndexSynchronizer> logger)
{
    private const int BatchSize = 500;
    private const string PrunedThroughKey = "Search.PrunedThrough";

    /// <summary>Applies pending tasks; returns how many the cursor moved over (0: nothing more to do now).</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        // Tasks this node never saw were pruned while it was away: only a rebuild can catch up.
        if (await PrunedThroughAsync(cancellationToken) > index.Cursor)
        {
            await RebuildAsync(cancellationToken);
            return 1;
        }

        var tasks = await db.Set<IndexingTask>().AsNoTracking()
            .Where(t => t.Id > index.Cursor)
            .OrderBy(t => t.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return 0;
        }

        if (tasks.Any(t => t.ContentItemId == SearchRebuildCommand.RebuildAll))
        {
            await RebuildAsync(cancellationToken);
            return tasks.Count;
        }

        await ApplyAsync(tasks.Select(t => t.ContentItemId).Distinct().ToList(), cancellationToken);
        var before = index.Cursor;
        var after = NewCursor(before, tasks);
        index.Commit(after);
        return tasks.Count(t => t.Id <= after);
    }

    /// <summary>Empties the index and indexes every published offer again.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        // Read the last task first: changes made while rebuilding are replayed afterwards (replay is harmless).
        var cursor = Math.Max(
            await db.Set<IndexingTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0,
            await PrunedThroughAsync(cancellationToken));
        index.DeleteAll();
        var count = 0;
        var lastId = 0L;
        while (true)
        {
            var batch = await db.Set<ContentItemVersion>().AsNoTracking()
                .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.Id > lastId)
                .OrderBy(v => v.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var languages = await LanguagesAsync(batch.Select(v => v.TranslationSet), cancellationToken);
            foreach (var version in batch)
            {
                index.Add(Build(version, languages));
            }

            count += batch.Count;
            lastId = batch[^1].Id;
        }

        index.Commit(cursor);
        index.Compact();
        logger.LogInformation("Search index rebuilt: {Count} offers, cursor {Cursor}", count, cursor);
    }

    private async Task ApplyAsync(List<string> contentItemIds, CancellationToken cancellationToken)
    {
        var published = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && contentItemIds.Contains(v.ContentItemId))
            .ToDictionaryAsync(v => v.ContentItemId, cancellationToken);
        var languages = await LanguagesAsync(published.Values.Select(v => v.TranslationSet), cancellationToken);
        foreach (var id in contentItemIds)
        {
            if (published.TryGetValue(id, out var version) && version.ContentType == ContentTypes.JobOffer)
            {
                index.Upsert(id, Build(version, languages));
            }
            else
            {
                index.Delete(id);
            }
        }
    }

    /// <summary>
    /// Deletes tasks older than the retention period and records the last id deleted, so a node whose
    /// cursor is behind it knows it must rebuild. Safe on several nodes at once (same deletes, same maximum).
    /// </summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.TaskRetention;
        var last = await db.Set<IndexingTask>().Where(t => t.CreatedUtc < before).MaxAsync(t => (long?)t.Id, cancellationToken);
        if (last is null)
        {
            return 0;
        }

        if (await PrunedThroughAsync(cancellationToken) < last)
        {
            await settings.SetAsync(PrunedThroughKey, last.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        return await db.Set<IndexingTask>().Where(t => t.Id <= last).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<long> PrunedThroughAsync(CancellationToken cancellationToken) =>
        await settings.GetAsync(PrunedThroughKey, cancellationToken) is { } text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private Document Build(ContentItemVersion version, ILookup<string, string> languages) =>
        OfferDocument.Build(version, ContentJson.Deserialize<JobOffer>(version.Data), languages[version.TranslationSet], markdown);

    /// <summary>Published languages of each translation set, for "exists only in the other language".</summary>
    private async Task<ILookup<string, string>> LanguagesAsync(IEnumerable<string> translationSets, CancellationToken cancellationToken)
    {
        var sets = translationSets.Distinct(StringComparer.Ordinal).ToList();
        var pairs = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && sets.Contains(v.TranslationSet))
            .Select(v => new { v.TranslationSet, v.Culture })
            .ToListAsync(cancellationToken);
        return pairs.ToLookup(p => p.TranslationSet, p => p.Culture, StringComparer.Ordinal);
    }

    private long NewCursor(long cursor, List<IndexingTask> tasks)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var task in tasks)
        {
            var contiguous = task.Id == cursor + 1;
            if (!contiguous && now - DateTime.SpecifyKind(task.CreatedUtc, DateTimeKind.Utc) < options.HoleTimeout)
            {
                break;
            }

            cursor = task.Id;
        }

        return cursor;
    }
}
