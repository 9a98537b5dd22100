using Lucene.Net.Analysis.TokenAttributes;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>The French chain token by token: which written forms become the same term, and which do not.</summary>
public sealed class FrenchChainTests
{
    [Theory]
    [InlineData("l'ANAPEC", "anapec")]
    [InlineData("l’ANAPEC", "anapec")]
    [InlineData("d’expérience", "experienc")]
    [InlineData("qu'Agadir", "agadir")]
    [InlineData("jusqu’à Oujda", "oujda")]
    [InlineData("C#", "")]
    [InlineData("C++", "")]
    [InlineData("THAMM+", "thamm")]
    [InlineData("Bac+5", "bac 5")]
    [InlineData("œuvre", "oeuvr")]
    [InlineData("19/03/2026", "19 03 2026")]
    public void Tokens_of_a_text(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', AnalyzerTokens.French(text)));

    [Theory]
    [InlineData("infirmier", "infirmière", "infirmiere", "infirmières", "infirmiers", "INFIRMIÈRE")]
    [InlineData("ouvrier", "ouvrière", "ouvrières", "ouvriers")]
    [InlineData("saisonnier", "saisonnière", "saisonnières", "saisonniers", "saisonnier·es", "saisonnier.e.s")]
    [InlineData("travailleur", "travailleuse", "travailleuses", "travailleurs", "travailleur.ses", "travailleur·ses", "travailleur.se.s", "travailleur·se·s", "travailleur.euse.s")]
    [InlineData("expert", "experte", "expertes", "experts", "Expert.e", "EXPERT.E", "expert-e", "expert(e)s", "expert·e·s")]
    [InlineData("candidat", "candidate", "candidats", "candidat(e)s", "candidat.e.s")]
    [InlineData("chargé", "chargée", "chargés", "chargées", "chargé.e", "chargé(e)", "charge")]
    [InlineData("motivé", "motivée", "motivés", "motivé(e)s")]
    [InlineData("marocain", "marocaine", "marocaines", "marocains", "marocain.es")]
    [InlineData("formateur", "formatrice", "formatrices", "formateurs", "formateur·rice", "formateur.trice.s")]
    [InlineData("technicien", "technicienne", "techniciennes", "technicien.ne", "technicien·ne·s")]
    [InlineData("professionnel", "professionnelle", "professionnels", "professionnel.le.s")]
    [InlineData("conseiller", "conseillère", "conseillères", "conseillers", "conseiller/ère")]
    [InlineData("actif", "active", "actives", "actifs", "actif.ve")]
    [InlineData("public", "publique", "publiques", "publics")]
    [InlineData("technique", "techniques", "TECHNIQUE")]
    [InlineData("français", "française", "françaises", "francais")]
    [InlineData("international", "internationale", "internationaux", "internationales")]
    [InlineData("travail", "travaux")]
    [InlineData("bureau", "bureaux")]
    [InlineData("lieu", "lieux")]
    [InlineData("mobilité", "mobilités", "mobilite", "MOBILITE")]
    [InlineData("diplôme", "diplômé", "diplômée", "diplomes")]
    public void Written_forms_of_one_word_meet(string word, params string[] forms)
    {
        var expected = AnalyzerTokens.French(word);
        Assert.Single(expected);
        foreach (var form in forms)
        {
            Assert.Equal(expected, AnalyzerTokens.French(form));
        }
    }

    [Theory]
    [InlineData("conseil", "conseiller")]
    [InlineData("formation", "formateur")]
    [InlineData("expert", "expertise")]
    [InlineData("agriculture", "agriculteur")]
    [InlineData("infirmier", "infirmerie")]
    public void Different_words_stay_different(string one, string other) =>
        Assert.NotEqual(AnalyzerTokens.French(one), AnalyzerTokens.French(other));

    [Theory]
    [InlineData("la France.Le Maroc", "franc maroc")]
    [InlineData("Il/elle intervient", "intervient")]
    [InlineData("le/la chargé.e", "charg")]
    [InlineData("Poste (H/F)", "post h f")]
    [InlineData("fonction(s)", "fonction")]
    [InlineData("3.5 ans", "3.5 ans")]
    public void Inclusive_writing_rules_do_not_eat_ordinary_words(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', AnalyzerTokens.French(text)));

    [Fact]
    public void Been_is_a_stop_word_summer_is_not() =>
        Assert.Equal(["job", "ete"], AnalyzerTokens.French("job d'été"));

    [Fact]
    public void Offsets_stay_inside_the_original_text_for_highlighting()
    {
        var text = OfferCorpus.Seed.Body;
        using var tokens = SearchAnalyzers.French.GetTokenStream(SearchFields.BodyFrench, text);
        var offsets = tokens.AddAttribute<IOffsetAttribute>();
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        var count = 0;
        while (tokens.IncrementToken())
        {
            count++;
            Assert.InRange(offsets.StartOffset, 0, text.Length - 1);
            Assert.InRange(offsets.EndOffset, offsets.StartOffset + 1, text.Length);
            if (term.ToString() == "travailleur")
            {
                Assert.StartsWith("travailleur", text[offsets.StartOffset..offsets.EndOffset], StringComparison.Ordinal);
            }
        }

        tokens.End();
        Assert.True(count > 100);
    }
}
