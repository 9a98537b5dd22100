using Lucene.Net.Index;
using Lucene.Net.Search;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Arabic analysis, end to end, one rule per test.</summary>
public sealed class ArabicRelevanceTests(SearchCorpus corpus)
{
    [Theory]
    [InlineData("وظيفة")]
    [InlineData("الوظيفة")]
    [InlineData("والوظيفة")]
    [InlineData("بالوظيفة")]
    public void Job_with_or_without_article_or_conjunction_finds_both_spellings(string query)
    {
        var found = corpus.Find(query);
        Assert.Contains("ar-wadhifa", found);
        Assert.Contains("ar-wadhifa-bare", found);
    }

    [Theory]
    [InlineData("إسبانيا")]
    [InlineData("اسبانيا")]
    [InlineData("بإسبانيا")]
    [InlineData("وإسبانيا")]
    public void A_preposition_stuck_to_a_name_does_not_hide_it(string query) =>
        Assert.Contains("ar-spain", corpus.Find(query));

    [Theory]
    [InlineData("الرباط")]
    [InlineData("رباط")]
    [InlineData("بالرباط")]
    [InlineData("والرباط")]
    public void Article_with_preposition_is_removed(string query) =>
        Assert.Contains("ar-anapec", corpus.Find(query));

    [Theory]
    [InlineData("للهجرة")]
    [InlineData("الهجرة")]
    [InlineData("هجرة")]
    [InlineData("فالهجرة")]
    [InlineData("كالهجرة")]
    public void Every_proclitic_before_the_article_is_removed(string query) =>
        Assert.Contains("ar-hijra", corpus.Find(query));

    [Theory]
    [InlineData("مهندس")]
    [InlineData("مُهَنْدِس")]
    [InlineData("مـهـنـدس")]
    [InlineData("المهندس")]
    public void Tashkeel_and_tatweel_are_ignored_on_both_sides(string query) =>
        Assert.Contains("ar-engineer", corpus.Find(query));

    [Fact]
    public void Tashkeel_in_the_title_and_tatweel_in_the_body_are_indexed_as_the_plain_word()
    {
        Assert.Contains("ar-engineer", corpus.Index.Search(new TermQuery(new Term(SearchFields.TitleArabic, "مهندس"))));
        Assert.Contains("ar-engineer", corpus.Index.Search(new TermQuery(new Term(SearchFields.BodyArabic, "مهندس"))));
    }

    [Theory]
    [InlineData("استاذ")]
    [InlineData("أستاذ")]
    [InlineData("إستاذ")]
    [InlineData("آستاذ")]
    public void Alef_variants_are_one_letter(string query) =>
        Assert.Contains("ar-alef", corpus.Find(query));

    [Theory]
    [InlineData("إدارة")]
    [InlineData("ادارة")]
    [InlineData("اداره")]
    public void Ta_marbuta_and_heh_are_one_letter(string query) =>
        Assert.Contains("ar-alef", corpus.Find(query));

    [Theory]
    [InlineData("مستشفى")]
    [InlineData("مستشفي")]
    public void Alef_maksura_and_yeh_are_one_letter(string query) =>
        Assert.Contains("ar-nurse", corpus.Find(query));

    [Fact]
    public void Hamza_seats_are_one_letter()
    {
        Assert.Contains("ar-masoul-waw", corpus.Find("مسئول"));
        Assert.Contains("ar-masoul-yeh", corpus.Find("مسؤول"));
        Assert.Contains("ar-masoul-waw", corpus.Find("المسؤولة"));
    }

    [Theory]
    [InlineData("2026", "ar-digits")]
    [InlineData("٢٠٢٦", "ar-digits")]
    [InlineData("12", "ar-digits")]
    [InlineData("2027", "ar-persian-digits")]
    [InlineData("۲۰۲۷", "ar-persian-digits")]
    [InlineData("٢٠٢٧", "ar-persian-digits")]
    public void Arabic_indic_persian_and_latin_digits_are_the_same_digits(string query, string expected) =>
        Assert.Contains(expected, corpus.Find(query));

    [Fact]
    public void Stop_words_are_removed_after_normalisation()
    {
        Assert.False(corpus.Parser.Parse("إلى الى على في").HasSearchableTerms);
        Assert.Equal(corpus.Find("عمل موسمي"), corpus.Find("عمل الى موسمي"));
    }

    [Theory]
    [InlineData("ANAPEC")]
    [InlineData("anapec")]
    [InlineData("l'ANAPEC")]
    [InlineData("CDD")]
    [InlineData("cdd")]
    public void Latin_words_inside_arabic_text_are_searchable(string query) =>
        Assert.Contains("ar-anapec", corpus.Find(query));

    [Fact]
    public void Nurse_is_not_mangled_into_disease()
    {
        Assert.Contains("ar-nurse", corpus.Find("ممرضة"));
        Assert.Contains("ar-nurse", corpus.Find("ممرض"));
        Assert.Contains("ar-nurse", corpus.Find("ممرضات"));
        Assert.DoesNotContain("ar-disease", corpus.Find("ممرضة"));
        Assert.DoesNotContain("ar-nurse", corpus.Find("مرض"));
    }

    [Fact]
    public void Seasonal_finds_seasonal_work_with_or_without_article() =>
        Assert.Contains("ar-spain", corpus.Find("الموسمي"));
}
