using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// The typo-tolerant version of a query, for the "few results, did you mean…" fallback: each word
/// within one or two edits in the unstemmed <see cref="SearchFields.Fuzzy"/> field (a fuzzy query on a
/// stemmed field compares a misspelt word with stems and finds nothing).
/// </summary>
internal static class FuzzyQueryBuilder
{
    /// <summary>The first letter must be right: it keeps the number of candidate terms small and is rarely the typo.</summary>
    public const int PrefixLength = 1;

    /// <summary>
    /// Every required word fuzzily (phrases lose their order), keyword tokens exactly, exclusions as in
    /// the main query. Null when nothing is required.
    /// </summary>
    public static Query? Build(UserQuery query)
    {
        var fuzzy = new BooleanQuery();
        foreach (var part in query.Parts.Where(p => !p.IsExcluded))
        {
            var partQuery = part.Kind == QueryPartKind.Keyword ? part.Query : AllOf(part.NormalizedTerms);
            if (partQuery is not null)
            {
                fuzzy.Add(partQuery, Occur.MUST);
            }
        }

        if (fuzzy.Clauses.Count == 0)
        {
            return null;
        }

        foreach (var part in query.Parts.Where(p => p.IsExcluded))
        {
            fuzzy.Add(part.Query, Occur.MUST_NOT);
        }

        return fuzzy;
    }

    /// <summary>
    /// Edits allowed for a word of this length, as Elasticsearch's AUTO: none up to two letters, one up
    /// to five, two beyond.
    /// </summary>
    public static int MaxEdits(int length) => length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        _ => 2,
    };

    /// <summary>A term of the fuzzy field, matched within <see cref="MaxEdits"/>.</summary>
    public static Query Term(string normalizedTerm)
    {
        var term = new Term(SearchFields.Fuzzy, normalizedTerm);
        var edits = MaxEdits(normalizedTerm.Length);
        return edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits, PrefixLength);
    }

    private static Query? AllOf(IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return Term(terms[0]);
        }

        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(Term(term), Occur.MUST);
        }

        return all;
    }
}
