using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>Lucene queries for analysed text in the title or body of one language.</summary>
internal static class FieldQueries
{
    /// <summary>A word in a title says more about an offer than the same word in its body.</summary>
    public const float TitleBoost = 3f;

    /// <summary>
    /// The text anywhere in the title or the body of <paramref name="language"/>: a term for one
    /// position, a phrase for several. Null when there is no position.
    /// </summary>
    public static Query? InLanguage(SearchLanguage language, IReadOnlyList<AnalyzedPosition> positions)
    {
        if (positions.Count == 0)
        {
            return null;
        }

        var title = ForField(SearchFields.Title(language), positions);
        title.Boost = TitleBoost;
        var body = ForField(SearchFields.Body(language), positions);

        // Coordination off: matching in the title alone must not be halved for missing the body.
        return new BooleanQuery(disableCoord: true)
        {
            { title, Occur.SHOULD },
            { body, Occur.SHOULD },
        };
    }

    /// <summary>Any of the queries; null if none, the query itself if only one.</summary>
    public static Query? AnyOf(IEnumerable<Query?> queries)
    {
        var present = queries.OfType<Query>().ToList();
        if (present.Count <= 1)
        {
            return present.FirstOrDefault();
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in present)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    private static Query ForField(string field, IReadOnlyList<AnalyzedPosition> positions) =>
        positions.Count == 1 ? Alternatives(field, positions[0].Terms) : Phrase(field, positions);

    private static Query Alternatives(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        // The best of the alternatives, not their sum: a word indexed with and without its proclitic
        // must not outrank the same word written once.
        var best = new DisjunctionMaxQuery(0f);
        foreach (var term in terms)
        {
            best.Add(new TermQuery(new Term(field, term)));
        }

        return best;
    }

    private static Query Phrase(string field, IReadOnlyList<AnalyzedPosition> positions)
    {
        if (positions.All(p => p.Terms.Count == 1))
        {
            var phrase = new PhraseQuery();
            foreach (var position in positions)
            {
                phrase.Add(new Term(field, position.Primary), position.Position);
            }

            return phrase;
        }

        var multi = new MultiPhraseQuery();
        foreach (var position in positions)
        {
            multi.Add(position.Terms.Select(t => new Term(field, t)).ToArray(), position.Position);
        }

        return multi;
    }
}
