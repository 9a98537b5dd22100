namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Names the word tokenizer would break (C#, C++, THAMM+, Bac+5) are searchable whole.</summary>
public sealed class KeywordTokenTests(SearchCorpus corpus)
{
    [Theory]
    [InlineData("C#")]
    [InlineData("c#")]
    [InlineData("développeur C#")]
    public void C_sharp_finds_the_c_sharp_offer_only(string query)
    {
        var found = corpus.Find(query);
        Assert.Contains("fr-csharp", found);
        Assert.DoesNotContain("fr-cpp", found);
        Assert.DoesNotContain("fr-cest", found);
    }

    [Theory]
    [InlineData("C++")]
    [InlineData("c++")]
    [InlineData("C++ (senior")]
    public void C_plus_plus_finds_the_c_plus_plus_offer_only(string query)
    {
        var found = corpus.Find(query);
        Assert.Contains("fr-cpp", found);
        Assert.DoesNotContain("fr-csharp", found);
        Assert.DoesNotContain("fr-cest", found);
    }

    [Fact]
    public void C_sharp_is_not_the_stop_word_c()
    {
        var parsed = corpus.Parser.Parse("C#");
        Assert.True(parsed.HasSearchableTerms);
        Assert.Equal(["c#"], parsed.Terms);
    }

    [Theory]
    [InlineData("THAMM+")]
    [InlineData("thamm+")]
    public void Thamm_plus_finds_the_project_in_both_languages(string query)
    {
        var found = corpus.Find(query);
        Assert.Contains(OfferCorpus.Seed.Id, found);
        Assert.Contains("ar-thamm", found);
    }

    [Theory]
    [InlineData("Bac+5")]
    [InlineData("bac+5")]
    [InlineData("BAC+5")]
    [InlineData("Bac +5")]
    [InlineData("bac + 5")]
    public void Bac_plus_five_is_one_word_however_spaced(string query) =>
        Assert.Contains(OfferCorpus.Seed.Id, corpus.Find(query));

    [Fact]
    public void Bac_plus_three_does_not_find_bac_plus_five() =>
        Assert.DoesNotContain(OfferCorpus.Seed.Id, corpus.Find("Bac+3"));

    [Fact]
    public void A_keyword_can_be_excluded() =>
        Assert.DoesNotContain("fr-cpp", corpus.Find("développeur -C++"));
}
