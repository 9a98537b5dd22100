using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>The Arabic chain token by token.</summary>
public sealed class ArabicChainTests
{
    [Theory]
    [InlineData("الوظيفة", "وظيف")]
    [InlineData("وظيفة", "وظيف|ظيف")]
    [InlineData("بإسبانيا", "باسبانيا|اسبانيا")]
    [InlineData("وبإسبانيا", "وباسبانيا|باسبانيا|اسبانيا")]
    [InlineData("والهجرة", "هجر")]
    [InlineData("للهجرة", "هجر")]
    [InlineData("بالرباط", "رباط")]
    [InlineData("ممرضة", "ممرض")]
    [InlineData("ممرضات", "ممرض")]
    [InlineData("مهندسين", "مهندس")]
    [InlineData("المغربية", "مغرب")]
    [InlineData("مكون", "مكون")]
    [InlineData("مكونين", "مكون")]
    [InlineData("عنوان", "عنوان")]
    [InlineData("مُهَنْدِسٌ", "مهندس")]
    [InlineData("مـهـنـدس", "مهندس")]
    [InlineData("مسؤول", "مسءول")]
    [InlineData("مسئول", "مسءول")]
    [InlineData("مستشفى", "مستشف")]
    [InlineData("٢٠٢٦", "2026")]
    [InlineData("۲۰۲۶", "2026")]
    [InlineData("ANAPEC", "anapec")]
    [InlineData("l'OFII", "ofii")]
    [InlineData("THAMM+\u200E", "thamm")]
    [InlineData("هٰذا", "")]
    [InlineData("إلى", "")]
    [InlineData("الى", "")]
    [InlineData("والدة", "والد")]
    [InlineData("بحث", "بحث")]
    public void Tokens_of_a_word(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', AnalyzerTokens.Arabic(text)));

    [Theory]
    [InlineData("لاعب", "ﻻعب")]
    [InlineData("مهندس", "ﻣﻬﻨﺪﺱ")]
    [InlineData("كتاب", "کتاب")]
    [InlineData("مستشفي", "مستشفی")]
    public void Presentation_forms_and_persian_letters_are_plain_arabic_letters(string plain, string variant) =>
        Assert.Equal(AnalyzerTokens.Arabic(plain), AnalyzerTokens.Arabic(variant));

    [Fact]
    public void A_word_with_a_possible_proclitic_keeps_the_whole_word_first()
    {
        var positions = TextAnalysis.Analyze(SearchAnalyzers.Arabic, SearchFields.BodyArabic, "وظيفة فلاحية");
        Assert.Equal(2, positions.Count);
        Assert.Equal("وظيف", positions[0].Primary);
        Assert.Equal(1, positions[1].Position);
    }
}
