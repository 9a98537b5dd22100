using Lucene.Net.Index;
using Lucene.Net.Util;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>The translation set of a document, read from per-segment doc values (no stored-field reads).</summary>
internal sealed class TranslationSets(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
    private readonly Dictionary<int, SortedDocValues?> values = [];
    private readonly BytesRef scratch = new();

    public string Of(int doc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (!values.TryGetValue(leaf.Ord, out var docValues))
        {
            docValues = leaf.AtomicReader.GetSortedDocValues(OfferDocument.TranslationSet);
            values[leaf.Ord] = docValues;
        }

        if (docValues is null)
        {
            return "";
        }

        docValues.Get(doc - leaf.DocBase, scratch);
        return scratch.Utf8ToString();
    }
}
