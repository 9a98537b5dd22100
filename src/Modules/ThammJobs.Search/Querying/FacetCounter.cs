using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Counts facet values over every matching document from doc values (Lucene.Net.Facet is not available
/// here). Counts are kept per segment by ordinal (an array increment per match) and turned into strings
/// once per segment, so a query matching tens of thousands of offers costs a few milliseconds.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly SortedSetDocValues?[] values = new SortedSetDocValues?[fields.Count];
    private readonly int[][] segmentCounts = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            var docValues = context.AtomicReader.GetSortedSetDocValues(fields[i]);
            values[i] = docValues;
            segmentCounts[i] = docValues is null ? [] : new int[docValues.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var docValues = values[i];
            if (docValues is null)
            {
                continue;
            }

            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                segmentCounts[i][ord]++;
            }
        }
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < values.Length; i++)
        {
            var docValues = values[i];
            var perOrd = segmentCounts[i];
            if (docValues is null || perOrd is null)
            {
                continue;
            }

            var fieldCounts = counts[fields[i]];
            for (var ord = 0; ord < perOrd.Length; ord++)
            {
                if (perOrd[ord] == 0)
                {
                    continue;
                }

                docValues.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                fieldCounts[key] = fieldCounts.GetValueOrDefault(key) + perOrd[ord];
            }

            values[i] = null;
        }
    }
}
