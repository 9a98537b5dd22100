namespace ThammJobs.Search.Tests.Analysis;

public sealed class RankingTests(SearchCorpus corpus)
{
    [Fact]
    public void A_word_in_the_title_ranks_above_the_same_word_repeated_in_a_body()
    {
        var found = corpus.Find("Rabat").ToList();
        Assert.True(found.IndexOf("fr-rabat-title") >= 0 && found.IndexOf("fr-rabat-body") >= 0);
        Assert.True(found.IndexOf("fr-rabat-title") < found.IndexOf("fr-rabat-body"), string.Join(", ", found));
    }

    [Fact]
    public void An_arabic_word_in_the_title_ranks_above_the_same_word_with_a_proclitic_in_a_body()
    {
        var found = corpus.Find("فرنسا").ToList();
        Assert.True(found.IndexOf("ar-hijra") >= 0, string.Join(", ", found));
        Assert.True(found.IndexOf("ar-thamm") < found.IndexOf("ar-hijra"), string.Join(", ", found));
    }
}
