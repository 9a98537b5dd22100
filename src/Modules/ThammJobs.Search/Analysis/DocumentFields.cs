using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// The analysed fields (<see cref="SearchFields"/>) are indexed under a name that also says the language of
/// the offer they belong to: <c>body_ar.fr</c> holds the Arabic words a French offer quotes, <c>body_ar.ar</c>
/// the text of Arabic offers. A search always looks in one language's offers at a time, so it reads only that
/// language's postings: a French search for a glossary word (migration, so also هجرة) no longer decodes the
/// postings of every Arabic offer only to drop them in the language filter (about a fifth of a search matching
/// 36,000 offers out of 100,000). Queries are built on the plain names (<see cref="UserQueryParser"/>) and
/// moved to one language's offers by <see cref="For"/>.
/// </summary>
internal static class DocumentFields
{
    /// <summary>The name <paramref name="field"/> is indexed under in offers written in <paramref name="documents"/>.</summary>
    public static string Of(string field, SearchLanguage documents) =>
        field + (documents == SearchLanguage.Arabic ? ".ar" : ".fr");

    /// <summary>The plain name of an indexed field (<c>body_ar</c> for <c>body_ar.fr</c>).</summary>
    public static string PlainName(string field)
    {
        var dot = field.LastIndexOf('.');
        return dot < 0 ? field : field[..dot];
    }

    /// <summary>
    /// <paramref name="query"/> on the fields of offers written in <paramref name="documents"/>: the same query,
    /// with every field renamed. A field those offers never have (French text in an Arabic offer) becomes a name
    /// absent from the index, which Lucene matches with nothing, so the query keeps its meaning.
    /// </summary>
    public static Query? For(Query? query, SearchLanguage documents) => query switch
    {
        null => null,
        TermQuery term => new TermQuery(Moved(term.Term, documents)) { Boost = term.Boost },
        BooleanQuery boolean => Boolean(boolean, documents),
        DisjunctionMaxQuery max => new DisjunctionMaxQuery(max.Disjuncts.Select(d => For(d, documents)!).ToList(), max.TieBreakerMultiplier) { Boost = max.Boost },
        PhraseQuery phrase => Phrase(phrase, documents),
        MultiPhraseQuery multi => MultiPhrase(multi, documents),
        FuzzyQuery fuzzy => new FuzzyQuery(Moved(fuzzy.Term, documents), fuzzy.MaxEdits, fuzzy.PrefixLength, FuzzyQuery.DefaultMaxExpansions, fuzzy.Transpositions) { Boost = fuzzy.Boost },
        ConstantScoreQuery constant when constant.Query is { } inner => new ConstantScoreQuery(For(inner, documents)) { Boost = constant.Boost },
        MatchAllDocsQuery => query,
        _ => throw new NotSupportedException($"{query.GetType().Name} is not moved to one language's fields."),
    };

    private static Term Moved(Term term, SearchLanguage documents) => new(Of(term.Field, documents), term.Bytes);

    private static BooleanQuery Boolean(BooleanQuery boolean, SearchLanguage documents)
    {
        var moved = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            moved.Add(For(clause.Query, documents), clause.Occur);
        }

        return moved;
    }

    private static PhraseQuery Phrase(PhraseQuery phrase, SearchLanguage documents)
    {
        var moved = new PhraseQuery { Slop = phrase.Slop, Boost = phrase.Boost };
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        for (var i = 0; i < terms.Length; i++)
        {
            moved.Add(Moved(terms[i], documents), positions[i]);
        }

        return moved;
    }

    private static MultiPhraseQuery MultiPhrase(MultiPhraseQuery multi, SearchLanguage documents)
    {
        var moved = new MultiPhraseQuery { Slop = multi.Slop, Boost = multi.Boost };
        var arrays = multi.GetTermArrays();
        var positions = multi.GetPositions();
        for (var i = 0; i < arrays.Count; i++)
        {
            moved.Add(arrays[i].Select(t => Moved(t, documents)).ToArray(), positions[i]);
        }

        return moved;
    }
}
