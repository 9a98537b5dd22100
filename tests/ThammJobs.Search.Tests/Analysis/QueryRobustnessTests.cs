using System.Diagnostics;
using System.Text;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Whatever is typed, parsing and searching return results or "nothing to search", never an exception.</summary>
public sealed class QueryRobustnessTests(SearchCorpus corpus)
{
    public static TheoryData<string> NothingSearchable =>
    [
        "", "   ", "\t\r\n", "\"", "\"\"", "\"\"\"", "« »", "AND", "OR OR", "NOT", "NOT NOT", "AND OR NOT", "&& || !",
        "*", "**", "?", "~", "^", "\\", "/", "//", "(", ")", "()", "[ ]", "{}", ":", "-", "--", "- - -", "+", "+-+-", "-\"\"",
        "le la les des du de", "Le, la... et les ?", "إلى الى على في", "😀", "👩‍⚕️🚜😀", "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069",
        "\u0000\u0007\u001B\u007F", "\uD800", "\uDFFF\uD800", "\uFEFF\u00AD\u200B", "؟،؛", "ًٌٍَُِّْ", "·•‧",
    ];

    public static TheoryData<string, string> StillFindsTheWord => new()
    {
        { "\"infirmière casablanca", "fr-infirmiere" },
        { "infirmière\"", "fr-infirmiere" },
        { "*anapec", "fr-conseiller" },
        { "anapec*", "fr-conseiller" },
        { "ANAPEC~2", "fr-conseiller" },
        { "C++ (senior", "fr-cpp" },
        { "(C++ OR senior", "fr-cpp" },
        { "infirmière AND casablanca", "fr-infirmiere" },
        { "infirmière && casablanca", "fr-infirmiere" },
        { "+infirmière +casablanca", "fr-infirmiere" },
        { "Casablanca:infirmière", "fr-infirmiere" },
        { "infirmière,Casablanca", "fr-infirmiere" },
        { "infirmière ; Casablanca ?", "fr-infirmiere" },
        { "infirmière^3 casablanca~", "fr-infirmiere" },
        { "وظيفة،طنجة", "ar-wadhifa" },
        { "\u200Einfirmière\u200F", "fr-infirmiere" },
        { "\u202Bالوظيفة\u202C", "ar-wadhifa" },
        { "infirmière\u200Bcasa\u00ADblanca", "fr-infirmiere" },
        { "\u0000infirmière\u0007", "fr-infirmiere" },
        { "👩‍⚕️ infirmière 🏥", "fr-infirmiere" },
        { "\uD800infirmière\uDC00", "fr-infirmiere" },
        { "ﻻ infirmière", "fr-infirmiere" },
    };

    [Theory]
    [MemberData(nameof(NothingSearchable))]
    public void Input_with_nothing_searchable_gives_no_query_and_no_error(string input)
    {
        var parsed = corpus.Parser.Parse(input);

        Assert.False(parsed.HasSearchableTerms);
        Assert.Null(parsed.Query);
        Assert.Null(parsed.OtherLanguageQuery);
        Assert.Null(corpus.Parser.BuildFuzzy(parsed));
        Assert.Empty(parsed.Terms);
    }

    [Fact]
    public void Null_is_nothing_to_search() => Assert.False(corpus.Parser.Parse(null).HasSearchableTerms);

    [Theory]
    [MemberData(nameof(StillFindsTheWord))]
    public void Query_syntax_and_stray_characters_do_not_hide_the_words(string input, string expected) =>
        Assert.Contains(expected, corpus.Find(input));

    [Fact]
    public void Five_thousand_characters_are_cut_and_still_searched()
    {
        var input = string.Concat(Enumerable.Repeat("infirmière Casablanca ", 230));
        Assert.True(input.Length > 5000);

        var parsed = corpus.Parser.Parse(input);

        Assert.True(parsed.WasTruncated);
        Assert.InRange(parsed.Parts.Count, 1, UserQueryParser.MaxParts);
        Assert.Equal(["fr-infirmiere"], corpus.Index.Search(parsed.Query));
    }

    [Fact]
    public void One_unbroken_word_of_five_thousand_letters_is_harmless()
    {
        var parsed = corpus.Parser.Parse(new string('a', 5000));
        Assert.True(parsed.WasTruncated);
        Assert.Empty(corpus.Index.Search(parsed.Query));
        Assert.Empty(corpus.Index.Search(corpus.Parser.BuildFuzzy(parsed)));
    }

    [Fact]
    public void Three_thousand_terms_are_capped_well_below_the_clause_limit()
    {
        var words = Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? $"mot{i}" : $"كلمة{i}");
        var parsed = corpus.Parser.Parse(string.Join(' ', words));

        Assert.True(parsed.WasTruncated);
        Assert.True(parsed.Parts.Count <= UserQueryParser.MaxParts);
        Assert.InRange(QueryShape.Leaves(parsed.Query!), 1, 256);
        Assert.InRange(QueryShape.WidestBoolean(parsed.Query!), 1, 64);
        Assert.Empty(corpus.Index.Search(parsed.Query));
        Assert.Empty(corpus.Index.Search(corpus.Parser.BuildFuzzy(parsed)));
    }

    [Fact]
    public void A_huge_phrase_and_many_glossary_words_stay_small()
    {
        var phrase = "\"" + string.Join(' ', Enumerable.Repeat("migration agriculture", 1000)) + "\"";
        var glossaryWords = string.Join(' ', Enumerable.Repeat("migration agriculture Casablanca الفلاحة", 200));

        foreach (var input in new[] { phrase, glossaryWords })
        {
            var parsed = corpus.Parser.Parse(input);
            Assert.True(parsed.WasTruncated);
            Assert.InRange(QueryShape.Leaves(parsed.Query!), 1, 512);
            Assert.InRange(QueryShape.Leaves(parsed.OtherLanguageQuery!), 1, 512);
            corpus.Index.Search(parsed.Query);
            corpus.Index.Search(parsed.OtherLanguageQuery);
            corpus.Index.Search(corpus.Parser.BuildFuzzy(parsed));
        }
    }

    [Fact]
    public void Random_input_from_a_hostile_alphabet_never_throws()
    {
        const string alphabet = "aeéèêiouyçœAEZ Cc+#-\"“”«»'’()[]{}*?~^:\\/!&|.,;·\u00AD\u200B\u200E\u200F\u202A\u202E\u2066\u0000\u0007\t\n"
            + "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئءـًٌٍَُِّْ٠١٢٣۰۱۲۳0123456789ﻻ😀\uD800\uDC00";
        var random = new Random(20260319);
        var stopwatch = Stopwatch.StartNew();

        for (var run = 0; run < 1000; run++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 80);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var parsed = corpus.Parser.Parse(text.ToString());
            corpus.Index.Search(parsed.Query);
            corpus.Index.Search(parsed.OtherLanguageQuery);
            corpus.Index.Search(corpus.Parser.BuildFuzzy(parsed));
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"1,000 random queries took {stopwatch.Elapsed}");
    }

    [Fact]
    public void The_parser_and_analyzers_can_be_shared_between_threads()
    {
        string[] inputs = ["infirmière Casablanca", "الوظيفة بإسبانيا", "\"mobilité circulaire\" -saisonnier", "C++ THAMM+ Bac+5", "migration الفلاحة"];
        var expected = inputs.Select(i => corpus.Parser.Parse(i).Query!.ToString()).ToArray();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var i = n % inputs.Length;
            Assert.Equal(expected[i], corpus.Parser.Parse(inputs[i]).Query!.ToString());
        });
    }
}
