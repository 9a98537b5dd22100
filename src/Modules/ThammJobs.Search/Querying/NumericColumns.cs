using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The values of a numeric doc values field (deadline, publication) of every document of a segment as one array,
/// read once and kept with the segment (segments never change). Lucene's sort reads the doc values at each match,
/// a call into packed values read from the memory-mapped file: sorting 36,000 matches by date cost about 2 ms of a
/// search; from the array it is a load. 8 bytes per document and field: 1.6 MB for the two dates of 100,000 offers.
/// </summary>
internal sealed class NumericColumns
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, long[]>> segments = new();

    /// <summary>The values of <paramref name="field"/> by document of <paramref name="reader"/> (0 where a document has none, as Lucene's sort).</summary>
    public long[] For(AtomicReader reader, string field) =>
        segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, long[]>(StringComparer.Ordinal))
            .GetOrAdd(field, name => Read(reader, name));

    private static long[] Read(AtomicReader reader, string field)
    {
        var values = new long[reader.MaxDoc];
        var docValues = reader.GetNumericDocValues(field);
        if (docValues is not null)
        {
            for (var doc = 0; doc < values.Length; doc++)
            {
                values[doc] = docValues.Get(doc);
            }
        }

        return values;
    }
}
