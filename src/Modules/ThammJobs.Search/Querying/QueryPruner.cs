using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Takes out of a query, for one index, the terms no document has, and unwraps what is left with a single clause.
/// A word is looked for in both languages' fields, its glossary translations too; once the query is moved to one
/// language's offers (<see cref="Analysis.DocumentFields"/>) most of those fields hold nothing, and every level of
/// the query still cost a scorer call per match: a French search for one word went through six nested scorers
/// instead of two. The order of the results does not change: a term no document has matches nothing, and where a
/// boolean query counted it for coordination (the share of its clauses a document matches), the query's boost makes
/// up for the clause taken out, so scores change by one factor for every document (the query norm's).
/// </summary>
internal static class QueryPruner
{
    /// <summary>A query that matches nothing (a boolean query without clauses).</summary>
    public static Query Nothing => new BooleanQuery();

    /// <summary><paramref name="query"/> without what matches nothing in <paramref name="reader"/>; null if nothing is left that can match.</summary>
    public static Query? Prune(Query query, IndexReader reader) => query switch
    {
        TermQuery term => reader.DocFreq(term.Term) > 0 ? term : null,
        PhraseQuery phrase => phrase.GetTerms().All(t => reader.DocFreq(t) > 0) ? phrase : null,
        MultiPhraseQuery multi => multi.GetTermArrays().All(position => position.Any(t => reader.DocFreq(t) > 0)) ? multi : null,
        DisjunctionMaxQuery max => DisjunctionMax(max, reader),
        BooleanQuery boolean => Boolean(boolean, reader),
        _ => query,
    };

    private static Query? DisjunctionMax(DisjunctionMaxQuery max, IndexReader reader)
    {
        var kept = max.Disjuncts.Select(d => Prune(d, reader)).OfType<Query>().ToList();
        return kept.Count switch
        {
            0 => null,
            1 => Boosted(kept[0], max.Boost),
            _ => new DisjunctionMaxQuery(kept, max.TieBreakerMultiplier) { Boost = max.Boost },
        };
    }

    private static Query? Boolean(BooleanQuery boolean, IndexReader reader)
    {
        if (boolean.MinimumNumberShouldMatch > 0)
        {
            return boolean;
        }

        var positive = 0;
        var clauses = new List<BooleanClause>();
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur != Occur.MUST_NOT)
            {
                positive++;
            }

            var pruned = Prune(clause.Query, reader);
            if (pruned is null)
            {
                if (clause.Occur == Occur.MUST)
                {
                    return null;
                }

                // An exclusion nobody matches excludes nothing; an optional clause nobody matches adds nothing.
                continue;
            }

            clauses.Add(new BooleanClause(pruned, clause.Occur));
        }

        var keptPositive = clauses.Count(c => c.Occur != Occur.MUST_NOT);
        if (keptPositive == 0)
        {
            return null;
        }

        // Coordination multiplied each score by (clauses matched) / (clauses): with fewer clauses, the same share
        // of the boost keeps the scores.
        var boost = boolean.CoordDisabled || keptPositive == positive ? boolean.Boost : boolean.Boost * keptPositive / positive;
        if (clauses.Count == 1)
        {
            return Boosted(clauses[0].Query, boost);
        }

        var kept = new BooleanQuery(boolean.CoordDisabled) { Boost = boost };
        foreach (var clause in clauses)
        {
            kept.Add(clause);
        }

        return kept;
    }

    private static Query Boosted(Query query, float boost)
    {
        if (boost == 1f)
        {
            return query;
        }

        var copy = (Query)query.Clone();
        copy.Boost *= boost;
        return copy;
    }
}
