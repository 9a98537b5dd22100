using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The documents of one language with one status at one moment, from the sets <see cref="OfferStatusSets"/>
/// keeps per segment. Used through a <see cref="FilteredQuery"/> with random access: the bit set is handed down
/// to the text query's postings as the accepted documents, so a word's postings in the other language's
/// documents are skipped while decoding instead of being scored and then dropped by the conjunction.
/// </summary>
internal sealed class OfferStatusFilter(OfferStatusSets sets, string culture, OfferStatus status, long threshold) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(sets.Get(context.AtomicReader, culture, status, threshold), acceptDocs);

    public override string ToString() => $"status({culture}, {status}, {threshold})";
}
