using ThammJobs.Core.Caching;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// The search part of public cache keys: the index's cursor. This node's index applies a change shortly after the
/// database has it; a search answered in between, from the old index, is cached under the old cursor and is not
/// served once the index has moved.
/// </summary>
internal sealed class SearchCacheVersion(SearchIndex index) : ICacheVersionSource
{
    public string Name => "search";

    public ValueTask<CacheVersion> GetAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new CacheVersion(index.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
}
