using Lucene.Net.Index;
using Lucene.Net.Search;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Counts facet values (<see cref="OfferDocument.FacetFields"/>) over every matching document (Lucene.Net.Facet is
/// not available here), and hands each match on to the collector of the page. Matches are buffered a few thousand at
/// a time and counted field by field in tight loops over the ordinals <see cref="FacetOrdinals"/> keeps per segment
/// (an array increment per match and field), then added to the labels once per segment. Wrapping the page's collector
/// instead of sitting beside it in a <c>MultiCollector</c> saves a dispatch per match.
/// </summary>
internal sealed class FacetCounter(FacetOrdinals ordinals, ICollector? inner = null) : ICollector
{
    private const int BufferSize = 4096;

    private readonly Dictionary<string, int>[] counts = OfferDocument.FacetFields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly int[] buffer = new int[BufferSize];
    private int buffered;
    private FacetOrdinals.Field[] fields = [];
    private int[][] segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => inner?.AcceptsDocsOutOfOrder ?? true;

    /// <summary>Per facet field, the count of each value found in the matches.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return OfferDocument.FacetFields.Select((name, i) => (Name: name, Index: i)).ToDictionary(f => f.Name, f => counts[f.Index], StringComparer.Ordinal);
        }
    }

    public void SetScorer(Scorer scorer) => inner?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        fields = ordinals.For(context.AtomicReader).Fields;
        segmentCounts = fields.Select(f => new int[f.Labels.Length]).ToArray();
        inner?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        buffer[buffered++] = doc;
        if (buffered == BufferSize)
        {
            CountBuffered();
        }

        inner?.Collect(doc);
    }

    private void CountBuffered()
    {
        var docs = buffer.AsSpan(0, buffered);
        for (var i = 0; i < fields.Length; i++)
        {
            var perOrd = segmentCounts[i];
            if (perOrd.Length == 0)
            {
                continue;
            }

            var field = fields[i];
            var ords = field.Ords;
            if (field.Starts is { } starts)
            {
                foreach (var doc in docs)
                {
                    for (var k = starts[doc]; k < starts[doc + 1]; k++)
                    {
                        perOrd[ords[k]]++;
                    }
                }
            }
            else
            {
                foreach (var doc in docs)
                {
                    var ord = ords[doc];
                    if (ord >= 0)
                    {
                        perOrd[ord]++;
                    }
                }
            }
        }

        buffered = 0;
    }

    private void Flush()
    {
        CountBuffered();
        for (var i = 0; i < segmentCounts.Length; i++)
        {
            var perOrd = segmentCounts[i];
            var labels = fields[i].Labels;
            for (var ord = 0; ord < perOrd.Length; ord++)
            {
                if (perOrd[ord] != 0)
                {
                    counts[i][labels[ord]] = counts[i].GetValueOrDefault(labels[ord]) + perOrd[ord];
                }
            }
        }

        segmentCounts = [];
        fields = [];
    }
}
