using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Facet counts of searches without words (the offers page opens on one, then narrows by filters), kept for the
/// index reader they were counted on: a new reader (an offer published, changed or removed) starts empty, and
/// the old one's counts go with it. "Open" depends on the time, so the key holds the minute and how many
/// deadlines inside it have passed (<see cref="OfferStatusSets.ClosedWithinMinute"/>): the same key means the
/// same documents. Searches with words are not cached: their counts depend on what was typed.
/// </summary>
internal sealed class FilterFacetCache
{
    /// <summary>Entries per reader: filter combinations are bounded by the values in the index, but a request can name any value.</summary>
    public const int MaxEntries = 512;

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>>> readers = new();

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? Get(IndexReader reader, string key) =>
        readers.TryGetValue(reader, out var entries) && entries.TryGetValue(key, out var facets) ? facets : null;

    public void Add(IndexReader reader, string key, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        var entries = readers.GetValue(reader, _ => new ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>>(StringComparer.Ordinal));
        if (entries.Count < MaxEntries)
        {
            entries.TryAdd(key, facets);
        }
    }

    /// <summary>The key of a search without words: language, status at the moment, and the filters.</summary>
    public static string Key(SearchRequest request, long minute, int closedWithinMinute) =>
        string.Join('\u001f', request.Culture, request.Status, minute, closedWithinMinute,
            request.Country, request.City, request.Contract, request.Sector, request.Project);
}
