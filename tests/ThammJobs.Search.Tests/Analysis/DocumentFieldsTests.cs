using Lucene.Net.Index;
using Lucene.Net.Search;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Queries moved to one language's offers keep their meaning: every field renamed, nothing else changed.</summary>
public sealed class DocumentFieldsTests
{
    private static readonly UserQueryParser Parser = new(Glossary.Load(RepositoryFiles.Glossary));

    [Theory]
    [InlineData("mobilité \"travail saisonnier\" -Casablanca C# infirmière")]
    [InlineData("\"التنقل الدائري\" بالرباط -طنجة")]
    public void Every_term_moves_to_the_offers_fields_and_the_query_keeps_its_shape(string typed)
    {
        var query = Parser.Parse(typed).Query!;

        foreach (var language in new[] { SearchLanguage.French, SearchLanguage.Arabic })
        {
            var moved = DocumentFields.For(query, language)!;

            var original = Terms(query);
            var renamed = Terms(moved);
            Assert.Equal(original.Select(t => (DocumentFields.Of(t.Field, language), t.Text)), renamed.Select(t => (t.Field, t.Text)));
            Assert.Equal(Shape(query), Shape(moved));
        }
    }

    [Fact]
    public void Boosts_phrases_and_fuzzy_settings_are_kept()
    {
        var phrase = new PhraseQuery { Slop = 2, Boost = 3 };
        phrase.Add(new Term(SearchFields.BodyFrench, "mobil"), 0);
        phrase.Add(new Term(SearchFields.BodyFrench, "circulair"), 2);
        var query = new BooleanQuery(disableCoord: true)
        {
            { phrase, Occur.MUST },
            { new FuzzyQuery(new Term(SearchFields.Fuzzy, "migrasion"), 2, 1), Occur.SHOULD },
            { new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term(SearchFields.TitleArabic, "هجر")) { Boost = 3 } }, Occur.SHOULD },
        };

        var moved = (BooleanQuery)DocumentFields.For(query, SearchLanguage.Arabic)!;

        Assert.True(moved.CoordDisabled);
        var movedPhrase = Assert.IsType<PhraseQuery>(moved.Clauses[0].Query);
        Assert.Equal([0, 2], movedPhrase.GetPositions());
        Assert.Equal((2, 3f), (movedPhrase.Slop, movedPhrase.Boost));
        Assert.Equal("body_fr.ar", movedPhrase.GetTerms()[0].Field);
        var fuzzy = Assert.IsType<FuzzyQuery>(moved.Clauses[1].Query);
        Assert.Equal(("fuzzy.ar", "migrasion", 2, 1), (fuzzy.Term.Field, fuzzy.Term.Text, fuzzy.MaxEdits, fuzzy.PrefixLength));
        var max = Assert.IsType<DisjunctionMaxQuery>(moved.Clauses[2].Query);
        Assert.Equal(0.1f, max.TieBreakerMultiplier);
        var title = Assert.IsType<TermQuery>(Assert.Single(max.Disjuncts));
        Assert.Equal(("title_ar.ar", 3f), (title.Term.Field, title.Boost));
    }

    [Fact]
    public void A_query_it_does_not_know_is_refused_rather_than_left_on_the_plain_fields() =>
        Assert.Throws<NotSupportedException>(() => DocumentFields.For(new PrefixQuery(new Term(SearchFields.BodyFrench, "mobil")), SearchLanguage.French));

    private static List<Term> Terms(Query query)
    {
        var terms = new List<Term>();
        Collect(query, terms);
        return terms;
    }

    private static void Collect(Query query, List<Term> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean: boolean.Clauses.ToList().ForEach(c => Collect(c.Query, terms)); break;
            case DisjunctionMaxQuery max: max.Disjuncts.ToList().ForEach(d => Collect(d, terms)); break;
            case TermQuery term: terms.Add(term.Term); break;
            case PhraseQuery phrase: terms.AddRange(phrase.GetTerms()); break;
            case MultiPhraseQuery multi: terms.AddRange(multi.GetTermArrays().SelectMany(a => a)); break;
        }
    }

    /// <summary>The query printed without field names: types, occurs, boosts and terms.</summary>
    private static string Shape(Query query)
    {
        var text = query.ToString();
        foreach (var field in new[] { ".fr:", ".ar:" })
        {
            text = text.Replace(field, ":", StringComparison.Ordinal);
        }

        return text;
    }
}
