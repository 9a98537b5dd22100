using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Queries are routed by script; text meets only its own language's chain.</summary>
public sealed class ScriptRoutingTests(SearchCorpus corpus)
{
    [Theory]
    [InlineData("infirmière", "Latin")]
    [InlineData("2026", "Latin")]
    [InlineData("٢٠٢٦", "Latin")]
    [InlineData("الهجرة", "Arabic")]
    [InlineData("مُهَنْدِس", "Arabic")]
    [InlineData("ـــ", "Arabic")]
    [InlineData("؟،", "None")]
    [InlineData("*", "None")]
    [InlineData("🚜", "None")]
    public void Script_of_a_word(string word, string expected) =>
        Assert.Equal(Enum.Parse<TextScript>(expected), QueryLanguage.ScriptOf(word));

    [Fact]
    public void Latin_words_are_looked_for_in_both_languages_arabic_words_in_arabic_only()
    {
        Assert.Equal([SearchLanguage.French, SearchLanguage.Arabic], QueryLanguage.LanguagesFor(TextScript.Latin));
        Assert.Equal([SearchLanguage.Arabic], QueryLanguage.LanguagesFor(TextScript.Arabic));
    }

    [Fact]
    public void Arabic_query_words_never_touch_french_fields()
    {
        var query = corpus.Parser.Parse("الممرضة").Query!.ToString();
        Assert.DoesNotContain(SearchFields.TitleFrench, query, StringComparison.Ordinal);
        Assert.DoesNotContain(SearchFields.BodyFrench, query, StringComparison.Ordinal);
        Assert.Contains("ممرض", query, StringComparison.Ordinal);
    }

    [Fact]
    public void The_french_chain_leaves_arabic_words_out_and_the_arabic_chain_does_not_mangle_them()
    {
        Assert.Empty(AnalyzerTokens.French("ممرضة الهجرة"));
        Assert.Equal(["ممرض"], AnalyzerTokens.Arabic("ممرضة"));
    }

    [Fact]
    public void Offers_are_indexed_in_their_own_language_fields_only()
    {
        var french = SearchTextFields.Create(SearchLanguage.French, "Infirmière", "Poste à Rabat").Select(f => f.Name).ToHashSet();
        var arabic = SearchTextFields.Create(SearchLanguage.Arabic, "ممرضة", "عقد CDD بالرباط").Select(f => f.Name).ToHashSet();

        Assert.Equal(
            new[] { SearchFields.TitleFrench, SearchFields.BodyFrench, SearchFields.Fuzzy, SearchFields.Keywords }.Select(f => DocumentFields.Of(f, SearchLanguage.French)).ToHashSet(),
            french);
        Assert.Equal(
            new[] { SearchFields.TitleArabic, SearchFields.BodyArabic, SearchFields.Fuzzy, SearchFields.Keywords }.Select(f => DocumentFields.Of(f, SearchLanguage.Arabic)).ToHashSet(),
            arabic);
    }

    [Fact]
    public void Arabic_quoted_in_a_french_offer_is_searchable_in_arabic()
    {
        Assert.Contains("fr-traducteur", corpus.Find("الترجمة"));
        Assert.Contains("fr-traducteur", corpus.Find("\"الترجمة القانونية\""));
    }

    [Fact]
    public void Only_the_arabic_words_of_a_french_offer_go_to_the_arabic_fields()
    {
        var arabicBody = SearchTextFields.Create(SearchLanguage.French, "Traducteur", "Traduction : الترجمة القانونية.")
            .Single(f => f.Name == DocumentFields.Of(SearchFields.BodyArabic, SearchLanguage.French));

        Assert.Equal(["ترجم", "قانون"], AnalyzerTokens.Arabic(arabicBody.GetStringValue()));
    }

    [Fact]
    public void A_query_mixing_scripts_requires_each_word_in_its_own_fields() =>
        Assert.Equal(["ar-anapec"], corpus.Find("ANAPEC بالرباط"));

    [Fact]
    public void Words_glued_across_scripts_are_split() =>
        Assert.Equal(["ar-anapec"], corpus.Find("CDDبالرباط"));
}
