using Lucene.Net.Index;
using Lucene.Net.Search;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Counts facet values (<see cref="OfferDocument.FacetFields"/>) over every matching document (Lucene.Net.Facet is
/// not available here). Counts are kept per segment by ordinal (an array increment per match, from the ordinals
/// <see cref="FacetOrdinals"/> keeps per segment) and added to the labels once per segment.
/// </summary>
internal sealed class FacetCounter(FacetOrdinals ordinals) : ICollector
{
    private readonly Dictionary<string, int>[] counts = OfferDocument.FacetFields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private FacetOrdinals.Field[] fields = [];
    private int[][] segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Per facet field, the count of each value found in the matches.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return OfferDocument.FacetFields.Select((name, i) => (Name: name, Index: i)).ToDictionary(f => f.Name, f => counts[f.Index], StringComparer.Ordinal);
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        fields = ordinals.For(context.AtomicReader).Fields;
        segmentCounts = fields.Select(f => new int[f.Labels.Length]).ToArray();
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var perOrd = segmentCounts[i];
            if (perOrd.Length == 0)
            {
                continue;
            }

            if (field.Starts is { } starts)
            {
                var ords = field.Ords;
                for (var k = starts[doc]; k < starts[doc + 1]; k++)
                {
                    perOrd[ords[k]]++;
                }
            }
            else
            {
                var ord = field.Ords[doc];
                if (ord >= 0)
                {
                    perOrd[ord]++;
                }
            }
        }
    }

    private void Flush()
    {
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
