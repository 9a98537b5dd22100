namespace ThammJobs.Search.Tests.Analysis;

/// <summary>French analysis, end to end: queries typed the way candidates type, against indexed offers.</summary>
public sealed class FrenchRelevanceTests(SearchCorpus corpus)
{
    [Theory]
    [InlineData("ANAPEC")]
    [InlineData("l'ANAPEC")]
    [InlineData("l’ANAPEC")]
    [InlineData("anapec")]
    public void Elision_with_straight_or_curly_apostrophe_finds_the_bare_word(string query)
    {
        Assert.Contains("fr-conseiller", corpus.Find(query));
        Assert.Contains(OfferCorpus.Seed.Id, corpus.Find(query));
    }

    [Theory]
    [InlineData("expérience")]
    [InlineData("experience")]
    [InlineData("d'expérience")]
    [InlineData("d’experience")]
    public void Elided_words_in_the_seed_are_found_with_or_without_accent_and_article(string query) =>
        Assert.Contains(OfferCorpus.Seed.Id, corpus.Find(query));

    [Theory]
    [InlineData("infirmière")]
    [InlineData("infirmiere")]
    [InlineData("infirmier")]
    [InlineData("infirmières")]
    [InlineData("infirmiers")]
    [InlineData("INFIRMIERE")]
    public void Nurse_in_any_gender_number_or_accent_finds_the_infirmiere_offer(string query) =>
        Assert.Contains("fr-infirmiere", corpus.Find(query));

    [Theory]
    [InlineData("ouvrier")]
    [InlineData("ouvriers")]
    [InlineData("ouvriere")]
    public void The_masculine_finds_an_offer_written_in_the_feminine(string query) =>
        Assert.Contains("fr-ouvrieres", corpus.Find(query));

    [Theory]
    [InlineData("conseillère")]
    [InlineData("conseilleres")]
    [InlineData("conseillers")]
    public void The_feminine_finds_an_offer_written_in_the_masculine(string query) =>
        Assert.Contains("fr-conseiller", corpus.Find(query));

    [Theory]
    [InlineData("mobilite")]
    [InlineData("hotellerie")]
    [InlineData("cooperation")]
    [InlineData("Equipe")]
    [InlineData("MIGRATION")]
    public void Accents_and_case_are_optional(string query) =>
        Assert.Contains(OfferCorpus.Seed.Id, corpus.Find(query));

    [Theory]
    [InlineData("travailleuses")]
    [InlineData("travailleuse")]
    [InlineData("travailleurs")]
    [InlineData("travailleur")]
    [InlineData("expert")]
    [InlineData("experte")]
    [InlineData("experts")]
    [InlineData("marocaines")]
    [InlineData("marocains")]
    [InlineData("migrantes")]
    [InlineData("chargée")]
    [InlineData("charge")]
    [InlineData("intéressées")]
    public void Inclusive_writing_in_the_seed_is_found_by_the_words_people_type(string query) =>
        Assert.Contains(OfferCorpus.Seed.Id, corpus.Find(query));

    [Theory]
    [InlineData("saisonnières")]
    [InlineData("saisonnière")]
    [InlineData("saisonniers")]
    [InlineData("saisonnier")]
    [InlineData("candidates")]
    [InlineData("candidats")]
    [InlineData("motivée")]
    public void Middle_dot_and_brackets_are_inclusive_writing_too(string query) =>
        Assert.Contains("fr-saisonniers", corpus.Find(query));

    [Fact]
    public void Expert_finds_offers_written_for_an_experte()
    {
        var found = corpus.Find("expert");
        Assert.Contains("fr-experte", found);
        Assert.Contains(OfferCorpus.Seed.Id, found);
    }

    [Fact]
    public void Conseil_and_conseiller_stay_apart()
    {
        Assert.DoesNotContain("fr-conseiller", corpus.Find("conseil"));
        Assert.Contains("fr-conseil", corpus.Find("conseil"));
        Assert.DoesNotContain("fr-conseil", corpus.Find("conseiller"));
    }

    [Fact]
    public void Formation_is_not_stemmed_into_formateur()
    {
        Assert.DoesNotContain("fr-formatrice", corpus.Find("formation"));
        Assert.Contains("fr-formatrice", corpus.Find("formateur"));
        Assert.Contains("fr-formatrice", corpus.Find("formatrices"));
    }

    [Fact]
    public void Stop_words_in_a_query_are_not_required_anywhere()
    {
        // One parser over French and Arabic fields once made "des" required in the Arabic fields: 0 hits.
        Assert.Contains("fr-ouvrieres", corpus.Find("récolte des fraises"));
        Assert.Contains("fr-ouvrieres", corpus.Find("la récolte de la fraise"));
    }

    [Fact]
    public void Every_word_is_required()
    {
        Assert.Equal(["fr-infirmiere"], corpus.Find("infirmière Casablanca"));
        Assert.Empty(corpus.Find("infirmière Tanger"));
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("٢٠٢٦")]
    [InlineData("۲۰۲۶")]
    public void Arabic_and_persian_digits_find_latin_digits_in_french_text(string query) =>
        Assert.Contains(OfferCorpus.Seed.Id, corpus.Find(query));
}
