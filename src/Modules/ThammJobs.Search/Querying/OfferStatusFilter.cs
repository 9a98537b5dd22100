using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The documents of one language with one status at one moment, from the sets <see cref="OfferStatusSets"/>
/// keeps per segment, and optionally with every key asked for (country, city, contract…). Used with random access:
/// the bit set is handed down to the text query's postings as the accepted documents, so a word's postings in the
/// other language's documents are skipped while decoding instead of being scored and then dropped by the conjunction.
/// <see cref="TermDisjunction"/> gives it the keys too, which then cost nothing per match: a key's documents come
/// from the per-value sets <see cref="FacetOrdinals"/> keeps, or from its postings for a field with too many values
/// to keep sets for. Keys are constant-score clauses with no weight in the scorer path, so filtering on them here
/// changes no score.
/// </summary>
internal sealed class OfferStatusFilter(OfferStatusSets sets, string culture, OfferStatus status, long threshold, FacetOrdinals? ordinals = null, IReadOnlyList<Term>? keys = null) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        var documents = sets.Get(reader, culture, status, threshold);
        if (keys is not { Count: > 0 })
        {
            return BitsFilteredDocIdSet.Wrap(documents, acceptDocs);
        }

        // The sets are shared between searches: narrowed on a copy.
        var accepted = documents.Clone();
        foreach (var key in keys)
        {
            var docs = KeyDocuments(reader, key);
            if (docs is null)
            {
                return null;
            }

            accepted.And(docs);
        }

        return BitsFilteredDocIdSet.Wrap(accepted, acceptDocs);
    }

    public override string ToString() => $"status({culture}, {status}, {threshold}{(keys is { Count: > 0 } ? ", " + string.Join(", ", keys) : "")})";

    /// <summary>The documents of the segment with the key; null when none has it.</summary>
    private FixedBitSet? KeyDocuments(AtomicReader reader, Term key)
    {
        var facet = FacetIndex(key.Field);
        if (ordinals is not null && facet >= 0)
        {
            var field = ordinals.For(reader).Fields[facet];
            if (field.ValueSets(reader.MaxDoc) is { } valueSets)
            {
                var ord = Array.IndexOf(field.Labels, key.Text);
                return ord < 0 ? null : valueSets[ord];
            }
        }

        var postings = reader.GetTermDocsEnum(key);
        if (postings is null)
        {
            return null;
        }

        var set = new FixedBitSet(reader.MaxDoc);
        int doc;
        while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            set.Set(doc);
        }

        return set;
    }

    private static int FacetIndex(string field)
    {
        for (var i = 0; i < OfferDocument.FacetFields.Count; i++)
        {
            if (OfferDocument.FacetFields[i] == field)
            {
                return i;
            }
        }

        return -1;
    }
}
