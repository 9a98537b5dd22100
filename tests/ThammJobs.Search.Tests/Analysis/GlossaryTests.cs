using System.Text;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>The bilingual glossary: data file, matching on analysed forms, and the other-language query.</summary>
public sealed class GlossaryTests(SearchCorpus corpus)
{
    private static readonly Glossary FileGlossary = Glossary.Load(RepositoryFiles.Glossary);

    [Fact]
    public void The_data_file_loads_with_every_entry_usable()
    {
        Assert.InRange(FileGlossary.Entries.Count, 40, 80);
        Assert.Equal(FileGlossary.Entries.Count, FileGlossary.Count);
        foreach (var entry in FileGlossary.Entries)
        {
            foreach (var wording in entry.French)
            {
                Assert.NotEmpty(AnalyzerTokens.French(wording));
            }

            foreach (var wording in entry.Arabic)
            {
                Assert.NotEmpty(AnalyzerTokens.Arabic(wording));
            }
        }
    }

    [Theory]
    [InlineData("migration", "هجر")]
    [InlineData("Migrations", "هجر")]
    [InlineData("agriculture", "فلاح")]
    [InlineData("hotellerie", "فندق")]
    public void French_terms_translate_to_analysed_arabic(string french, string arabic)
    {
        var terms = AnalyzerTokens.French(french);
        Assert.Contains(FileGlossary.Translate(terms, SearchLanguage.French), t => t.SequenceEqual([arabic]));
    }

    [Theory]
    [InlineData("الهجرة", "migration")]
    [InlineData("والفلاحة", "agricultur")]
    [InlineData("زراعة", "agricultur")]
    [InlineData("بالرباط", "rabat")]
    public void Arabic_terms_translate_to_analysed_french(string arabic, string french)
    {
        var positions = TextAnalysis.Analyze(SearchAnalyzers.Arabic, SearchFields.BodyArabic, arabic);
        var match = Assert.Single(FileGlossary.MatchesAt(positions, 0, SearchLanguage.Arabic));
        Assert.Contains(match.Translations, t => t.SequenceEqual([french]));
    }

    [Fact]
    public void Several_words_can_be_one_entry()
    {
        var positions = TextAnalysis.Analyze(SearchAnalyzers.Arabic, SearchFields.BodyArabic, "بالدار البيضاء");
        var match = FileGlossary.MatchesAt(positions, 0, SearchLanguage.Arabic)[0];
        Assert.Equal(2, match.Length);
        Assert.Contains(match.Translations, t => t.SequenceEqual(["casablanca"]));
    }

    [Fact]
    public void Migration_finds_an_arabic_only_offer_about_hijra_marked_as_other_language()
    {
        Assert.DoesNotContain("ar-hijra", corpus.Find("migration"));
        Assert.Contains("ar-hijra", corpus.FindInOtherLanguage("migration"));
    }

    [Fact]
    public void Agriculture_in_arabic_finds_a_french_only_offer_about_agriculture()
    {
        Assert.DoesNotContain("fr-agriculture", corpus.Find("الفلاحة"));
        Assert.Contains("fr-agriculture", corpus.FindInOtherLanguage("الفلاحة"));
        Assert.Contains("fr-agriculture", corpus.FindInOtherLanguage("زراعة"));
    }

    [Fact]
    public void A_two_word_arabic_wording_is_found_from_its_french_name() =>
        Assert.Contains("ar-engineer", corpus.FindInOtherLanguage("Casablanca"));

    [Fact]
    public void Words_outside_the_glossary_stay_required_as_typed()
    {
        Assert.Equal(["ar-hijra"], corpus.FindInOtherLanguage("migration Maroc"));
        Assert.Empty(corpus.FindInOtherLanguage("migration Tanger"));
    }

    [Fact]
    public void Exclusions_apply_to_translations_too() =>
        Assert.Empty(corpus.FindInOtherLanguage("migration -Maroc"));

    [Fact]
    public void No_glossary_word_means_no_other_language_query()
    {
        Assert.Null(corpus.Parser.Parse("Huelva").OtherLanguageQuery);
        Assert.Null(new UserQueryParser().Parse("migration").OtherLanguageQuery);
    }

    [Fact]
    public void The_embedded_copy_is_the_data_file_or_its_absence_names_the_msbuild_item()
    {
        try
        {
            Assert.Equal(FileGlossary.Entries.Count, Glossary.LoadEmbedded().Entries.Count);
        }
        catch (InvalidOperationException missing)
        {
            Assert.Contains("<EmbeddedResource Include=\"Glossary\\glossary.json\"", missing.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{ \"entries\": [ { \"fr\": \"migration\" } ] }")]
    [InlineData("{ \"entries\": [ { \"fr\": [\"\"], \"ar\": [\"هجرة\"] } ] }")]
    public void A_malformed_file_is_reported_clearly(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Throws<InvalidDataException>(() => Glossary.Load(stream));
    }

    [Fact]
    public void Comments_and_single_strings_are_accepted_for_hand_editing()
    {
        const string json = """
            {
              // one entry
              "entries": [ { "fr": "migration", "ar": "هجرة" }, ]
            }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(1, Glossary.Load(stream).Count);
    }
}
