using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace ThammJobs.Search.Indexing.Storage;

/// <summary>
/// Lucene's 4.6 index format with one change: stored fields (what a result shows: title, slug, the text its
/// snippet is cut from) are kept uncompressed. Lucene.Net's LZ4 reads the compressed chunk one byte at a time
/// and decompresses it up to the wanted document: about 60–80 µs per result on 100,000 offers, a third of a
/// search for a page of 20; uncompressed, a result's fields are one read. The price is disk: the stored
/// fields take about twice the room (docs/benchmarks.md). The name is written into every segment, so
/// <see cref="EnsureRegistered"/> must run before an index is opened.
/// </summary>
[CodecName("ThammJobs1")]
internal sealed class SearchCodec() : FilterCodec(new Lucene46Codec())
{
    private static readonly Lock Gate = new();
    private static bool registered;

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("ThammJobsStoredFields", new UncompressedMode(), 1 << 14);

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes the codec known to Lucene (once per process); Lucene's own codecs stay known, so older indexes still open.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(SearchCodec)] });
            registered = true;
        }
    }
}
