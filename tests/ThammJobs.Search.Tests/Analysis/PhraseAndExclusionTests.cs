namespace ThammJobs.Search.Tests.Analysis;

public sealed class PhraseAndExclusionTests(SearchCorpus corpus)
{
    [Fact]
    public void A_phrase_needs_its_words_together_in_order()
    {
        var phrase = corpus.Find("\"mobilité circulaire\"");
        Assert.Contains(OfferCorpus.Seed.Id, phrase);
        Assert.DoesNotContain("fr-mobilite-apart", phrase);
        Assert.Contains("fr-mobilite-apart", corpus.Find("mobilité circulaire"));
        Assert.DoesNotContain("fr-mobilite-apart", corpus.Find("\"circulaire mobilité\""));
    }

    [Theory]
    [InlineData("“mobilite circulaire”")]
    [InlineData("« mobilité circulaire »")]
    [InlineData("\"MOBILITES CIRCULAIRES\"")]
    public void Curly_and_french_quotes_make_phrases_analysed_like_the_text(string query)
    {
        var found = corpus.Find(query);
        Assert.Contains(OfferCorpus.Seed.Id, found);
        Assert.DoesNotContain("fr-mobilite-apart", found);
    }

    [Fact]
    public void A_phrase_with_a_stop_word_matches_the_text_with_that_stop_word() =>
        Assert.Contains("fr-ouvrieres", corpus.Find("\"récolte des fraises\""));

    [Fact]
    public void An_arabic_phrase_needs_its_words_together()
    {
        var phrase = corpus.Find("\"الدار البيضاء\"");
        Assert.Contains("ar-engineer", phrase);
        Assert.DoesNotContain("ar-dar-apart", phrase);
        Assert.Contains("ar-dar-apart", corpus.Find("الدار البيضاء"));
    }

    [Fact]
    public void An_arabic_phrase_accepts_proclitics_on_its_words() =>
        Assert.Contains("ar-engineer", corpus.Find("\"بالدار البيضاء\""));

    [Fact]
    public void A_minus_excludes_a_word_in_any_form()
    {
        Assert.Contains("fr-rabat-body", corpus.Find("chauffeur"));
        Assert.Equal(["fr-rabat-title"], corpus.Find("chauffeur -livreur"));
        Assert.Equal(["fr-rabat-title"], corpus.Find("chauffeur -livreurs"));
        Assert.Equal(["fr-rabat-title"], corpus.Find("chauffeur NOT livreur"));
    }

    [Fact]
    public void A_minus_excludes_a_phrase() =>
        Assert.Equal(["fr-rabat-title"], corpus.Find("chauffeur -\"chauffeur livreur\""));

    [Fact]
    public void Excluding_saisonnier_removes_the_seasonal_offer_in_every_written_form()
    {
        Assert.Contains("fr-saisonniers", corpus.Find("cueillette"));
        Assert.Empty(corpus.Find("cueillette -saisonnier"));
        Assert.Empty(corpus.Find("cueillette -saisonnières"));
    }

    [Fact]
    public void An_arabic_word_can_be_excluded()
    {
        var found = corpus.Find("وظيفة -الفندقة");
        Assert.Contains("ar-wadhifa", found);
        Assert.DoesNotContain("ar-wadhifa-bare", found);
    }

    [Fact]
    public void Exclusions_alone_mean_everything_else()
    {
        var found = corpus.Find("-saisonnier");
        Assert.DoesNotContain("fr-saisonniers", found);
        Assert.Equal(OfferCorpus.All.Count - 1, found.Count);
    }

    [Theory]
    [InlineData("Pays-Bas")]
    [InlineData("socio-économique")]
    public void A_hyphen_inside_a_word_is_not_an_exclusion(string query) =>
        Assert.DoesNotContain(corpus.Parser.Parse(query).Parts, p => p.IsExcluded);

    [Fact]
    public void A_minus_followed_by_a_space_excludes_nothing() =>
        Assert.Contains("fr-rabat-body", corpus.Find("chauffeur - livreur"));
}
