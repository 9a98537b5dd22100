using Lucene.Net.Search;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>The typo-tolerant fallback on the unstemmed, folded field.</summary>
public sealed class FuzzyQueryTests(SearchCorpus corpus)
{
    [Theory]
    [InlineData("infirmeir", "fr-infirmiere")]
    [InlineData("infrmière", "fr-infirmiere")]
    [InlineData("migrasion", "fr-thamm-expert")]
    [InlineData("Casablnca", "fr-infirmiere")]
    [InlineData("مهتدس", "ar-engineer")]
    [InlineData("المهتدس", "ar-engineer")]
    [InlineData("الفرولة", "ar-spain")]
    public void A_misspelt_word_is_found_by_the_fuzzy_query_only(string query, string expected)
    {
        Assert.DoesNotContain(expected, corpus.Find(query));
        Assert.Contains(expected, corpus.FindFuzzy(query));
    }

    [Fact]
    public void Every_word_stays_required_and_exclusions_stay_excluded()
    {
        Assert.Equal(["fr-infirmiere"], corpus.FindFuzzy("infirmeir casablnca"));
        Assert.Empty(corpus.FindFuzzy("infirmeir -casablanca"));
    }

    [Fact]
    public void Keyword_tokens_stay_exact() =>
        Assert.DoesNotContain("fr-cpp", corpus.FindFuzzy("C#"));

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(12, 2)]
    public void Allowed_edits_grow_with_the_word(int length, int edits) =>
        Assert.Equal(edits, FuzzyQueryBuilder.MaxEdits(length));

    [Fact]
    public void The_fuzzy_query_runs_on_the_fuzzy_field_with_a_one_letter_prefix()
    {
        var fuzzy = Assert.IsType<FuzzyQuery>(FuzzyQueryBuilder.Term("migrasion"));
        Assert.Equal(SearchFields.Fuzzy, fuzzy.Field);
        Assert.Equal(2, fuzzy.MaxEdits);
        Assert.Equal(1, fuzzy.PrefixLength);
    }

    [Fact]
    public void Nothing_required_means_no_fuzzy_query()
    {
        Assert.Null(corpus.Parser.BuildFuzzy(corpus.Parser.Parse("le la les")));
        Assert.Null(corpus.Parser.BuildFuzzy(corpus.Parser.Parse("-saisonnier")));
    }

    [Fact]
    public void Terms_are_the_normalised_unstemmed_words_kept() =>
        Assert.Equal(["infirmieres", "casablanca", "مهندس"], corpus.Parser.Parse("Infirmières de Casablanca -nuit المهندس").Terms);
}
