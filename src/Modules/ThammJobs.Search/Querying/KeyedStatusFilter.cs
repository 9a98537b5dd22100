using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The documents of one language and status (<see cref="OfferStatusSets"/>) that also have every key asked for
/// (country, city, contract…), as one bit set with random access, for <see cref="TermDisjunction"/>: the keys then
/// cost nothing per match. A key's documents come from the per-value sets <see cref="FacetOrdinals"/> keeps, or from
/// the key's postings for a field with too many values to keep sets for. Keys are constant-score clauses with no
/// weight in the scorer path, so leaving them out of the scoring changes no score.
/// </summary>
internal sealed class KeyedStatusFilter(OfferStatusSets sets, FacetOrdinals ordinals, string culture, OfferStatus status, long threshold, IReadOnlyList<Term> keys) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        var language = sets.Get(reader, culture, status, threshold);
        if (keys.Count == 0)
        {
            return BitsFilteredDocIdSet.Wrap(language, acceptDocs);
        }

        var accepted = language.Clone();
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

    /// <summary>The documents of the segment with the key; null when none has it.</summary>
    private FixedBitSet? KeyDocuments(AtomicReader reader, Term key)
    {
        var index = Array.IndexOf(Indexing.OfferDocument.FacetFields.ToArray(), key.Field);
        if (index >= 0)
        {
            var field = ordinals.For(reader).Fields[index];
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
}
