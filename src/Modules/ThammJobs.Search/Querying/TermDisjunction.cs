using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Runs the commonest search, one word in the title or body of one language's offers (a disjunction of terms with
/// boosts once <see cref="QueryPruner"/> has done), straight from the terms' scorers: their postings are merged in
/// document order (a scan over a handful of terms) and each match handed to the collectors once. Lucene's boolean
/// scorer does the same through a bucket table and several scorer and collector calls per match and per term, which
/// without dynamic PGO (off in the site, see docs/benchmarks.md) cost a fifth of a search matching 36,000 offers.
/// Scores are Lucene's own: the same weights, normalised as <c>IndexSearcher</c> does, each term's score from its
/// <c>TermScorer</c>, summed in clause order in double precision as Lucene's boolean scorer sums them, so the results
/// and their order are exactly those of the query run by Lucene.
/// </summary>
internal static class TermDisjunction
{
    /// <summary>
    /// Whether <paramref name="query"/> is a disjunction of terms without coordination. A single term is left to
    /// Lucene, whose term scorer already reads its postings straight through.
    /// </summary>
    public static bool Applies(Query? query) =>
        query is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } boolean && boolean.Clauses.Count > 1
        && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery);

    /// <summary>Collects every document <paramref name="filter"/> accepts that matches <paramref name="query"/> (<see cref="Applies"/> must hold), with its score.</summary>
    public static void Search(IndexSearcher searcher, Query query, Filter filter, ICollector collector)
    {
        var weights = Weights(searcher, query);
        var score = new FixedScore();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var accepted = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs);
            if (accepted is null)
            {
                continue;
            }

            var acceptBits = accepted.Bits ?? throw new InvalidOperationException("The filter must allow random access.");
            collector.SetNextReader(leaf);
            collector.SetScorer(score);
            CollectSegment(leaf, weights, acceptBits, collector, score);
        }
    }

    /// <summary>The terms' weights, normalised as <see cref="IndexSearcher.CreateNormalizedWeight"/> normalises the query's.</summary>
    private static Weight[] Weights(IndexSearcher searcher, Query query)
    {
        var weights = ((BooleanQuery)query).Clauses.Select(c => c.Query.CreateWeight(searcher)).ToArray();
        var sum = 0f;
        foreach (var weight in weights)
        {
            sum += weight.GetValueForNormalization();
        }

        // A boolean query multiplies its clauses' sum by its boost squared, and hands its boost down.
        var boost = query.Boost;
        sum *= boost * boost;
        var norm = searcher.Similarity.QueryNorm(sum);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        foreach (var weight in weights)
        {
            weight.Normalize(norm, boost);
        }

        return weights;
    }

    /// <summary>
    /// The terms' postings merged in document order: at each step the smallest current document, its scores summed
    /// in clause order (a handful of terms: a scan beats a heap).
    /// </summary>
    private static void CollectSegment(AtomicReaderContext leaf, Weight[] weights, IBits accepted, ICollector collector, FixedScore score)
    {
        var scorers = new Scorer[weights.Length];
        var docs = new int[weights.Length];
        var count = 0;
        foreach (var weight in weights)
        {
            if (weight.GetScorer(leaf, accepted) is { } scorer && scorer.NextDoc() is var first && first != DocIdSetIterator.NO_MORE_DOCS)
            {
                scorers[count] = scorer;
                docs[count] = first;
                count++;
            }
        }

        while (count > 0)
        {
            var doc = docs[0];
            for (var i = 1; i < count; i++)
            {
                doc = Math.Min(doc, docs[i]);
            }

            var sum = 0d;
            for (var i = 0; i < count; i++)
            {
                if (docs[i] == doc)
                {
                    sum += scorers[i].GetScore();
                }
            }

            score.Value = (float)sum;
            score.Doc = doc;
            collector.Collect(doc);

            for (var i = 0; i < count;)
            {
                if (docs[i] == doc && (docs[i] = scorers[i].NextDoc()) == DocIdSetIterator.NO_MORE_DOCS)
                {
                    // Exhausted: the others move up, keeping the clause order the sums follow.
                    Array.Copy(scorers, i + 1, scorers, i, count - i - 1);
                    Array.Copy(docs, i + 1, docs, i, count - i - 1);
                    count--;
                    continue;
                }

                i++;
            }
        }
    }

    /// <summary>What the collectors read the current match's score from.</summary>
    private sealed class FixedScore() : Scorer(null)
    {
        public float Value { get; set; }

        public int Doc { get; set; } = -1;

        public override int DocID => Doc;

        public override int Freq => 1;

        public override float GetScore() => Value;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 0;
    }
}
