using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Counts facet values over every matching document by reading doc values (Lucene.Net.Facet is not
/// available here). A few milliseconds for tens of thousands of matches.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSetDocValues?> current = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts => counts;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var field in fields)
        {
            current[field] = context.AtomicReader.GetSortedSetDocValues(field);
        }
    }

    public void Collect(int doc)
    {
        TotalHits++;
        foreach (var field in fields)
        {
            var values = current[field];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                var fieldCounts = counts[field];
                fieldCounts[key] = fieldCounts.GetValueOrDefault(key) + 1;
            }
        }
    }
}
