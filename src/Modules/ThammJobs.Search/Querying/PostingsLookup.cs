using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The positions and offsets of a term in one document, for the snippets of one page of results: each term is
/// looked up once per segment in the terms dictionary (its state kept), and one postings reader per field is
/// reused from result to result. Looking every term up again for each result, with a new reader each time, was
/// most of what a snippet cost. Not thread-safe: one per search.
/// </summary>
internal sealed class PostingsLookup(IndexReader reader)
{
    private readonly Dictionary<(int Leaf, string Field), FieldState> fields = [];

    public IndexReader Reader => reader;

    /// <summary>The term's postings positioned on <paramref name="doc"/> (segment-relative), or null when the document does not have it.</summary>
    public DocsAndPositionsEnum? At(AtomicReaderContext leaf, string field, string term, int doc)
    {
        if (!fields.TryGetValue((leaf.Ord, field), out var state))
        {
            state = new FieldState(leaf.AtomicReader.GetTerms(field)?.GetEnumerator());
            fields[(leaf.Ord, field)] = state;
        }

        if (state.Terms is not { } terms)
        {
            return null;
        }

        if (!state.States.TryGetValue(term, out var termState))
        {
            var bytes = new BytesRef(term);
            termState = terms.SeekExact(bytes) ? terms.GetTermState() : null;
            state.States[term] = termState;
        }
        else if (termState is not null)
        {
            terms.SeekExact(new BytesRef(term), termState);
        }

        if (termState is null)
        {
            return null;
        }

        var postings = terms.DocsAndPositions(leaf.AtomicReader.LiveDocs, state.Reused, DocsAndPositionsFlags.OFFSETS);
        state.Reused = postings;
        return postings is not null && postings.Advance(doc) == doc ? postings : null;
    }

    private sealed class FieldState(TermsEnum? terms)
    {
        public TermsEnum? Terms { get; } = terms;

        public Dictionary<string, TermState?> States { get; } = new(StringComparer.Ordinal);

        public DocsAndPositionsEnum? Reused { get; set; }
    }
}
