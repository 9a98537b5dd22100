using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Counts facet values over every matching document from doc values (Lucene.Net.Facet is not available
/// here). Counts are kept per segment by ordinal (an array increment per match) and turned into strings
/// once per segment, so a query matching tens of thousands of offers costs a few milliseconds. Fields with
/// one value per offer are read as sorted doc values (one ordinal, no per-document list to walk).
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly SortedDocValues?[] single = new SortedDocValues?[fields.Count];
    private readonly SortedSetDocValues?[] multi = new SortedSetDocValues?[fields.Count];
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
            if (OfferDocument.MultiValuedFacetFields.Contains(fields[i]))
            {
                var docValues = context.AtomicReader.GetSortedSetDocValues(fields[i]);
                multi[i] = docValues;
                segmentCounts[i] = docValues is null ? [] : new int[docValues.ValueCount];
            }
            else
            {
                var docValues = context.AtomicReader.GetSortedDocValues(fields[i]);
                single[i] = docValues;
                segmentCounts[i] = docValues is null ? [] : new int[docValues.ValueCount];
            }
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < segmentCounts.Length; i++)
        {
            var one = single[i];
            if (one is not null)
            {
                var ord = one.GetOrd(doc);
                if (ord >= 0)
                {
                    segmentCounts[i][ord]++;
                }

                continue;
            }

            var many = multi[i];
            if (many is null)
            {
                continue;
            }

            many.SetDocument(doc);
            long next;
            while ((next = many.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                segmentCounts[i][next]++;
            }
        }
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < segmentCounts.Length; i++)
        {
            var perOrd = segmentCounts[i];
            if (perOrd is null || (single[i] is null && multi[i] is null))
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

                if (single[i] is { } one)
                {
                    one.LookupOrd(ord, scratch);
                }
                else
                {
                    multi[i]!.LookupOrd(ord, scratch);
                }

                var key = scratch.Utf8ToString();
                fieldCounts[key] = fieldCounts.GetValueOrDefault(key) + perOrd[ord];
            }

            single[i] = null;
            multi[i] = null;
        }
    }
}
