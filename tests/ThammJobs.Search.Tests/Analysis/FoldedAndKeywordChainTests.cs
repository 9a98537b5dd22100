namespace ThammJobs.Search.Tests.Analysis;

/// <summary>The unstemmed folded chain (typo tolerance) and the keyword chain.</summary>
public sealed class FoldedAndKeywordChainTests
{
    [Theory]
    [InlineData("Infirmière", "infirmiere")]
    [InlineData("infirmières", "infirmieres")]
    [InlineData("l’ANAPEC", "anapec")]
    [InlineData("travailleur.ses", "travailleur")]
    [InlineData("Expert.e", "expert")]
    [InlineData("المهندس", "مهندس")]
    [InlineData("بالمهندس", "مهندس")]
    [InlineData("مُهَنْدِسَة", "مهندسه")]
    [InlineData("وظيفة", "وظيفه")]
    [InlineData("مسؤول", "مسءول")]
    [InlineData("٢٠٢٦", "2026")]
    [InlineData("des", "des")]
    public void Folded_terms_are_lowercase_unaccented_normalised_and_unstemmed(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', AnalyzerTokens.Folded(text)));

    [Theory]
    [InlineData("C# et C++", "c# c++")]
    [InlineData("Projet THAMM+ Équipe France", "thamm+")]
    [InlineData("مشروع THAMM+\u200E فريق فرنسا", "thamm+")]
    [InlineData("THAMM+ 2026", "thamm+")]
    [InlineData("Master (Bac+5) minimum", "bac+5")]
    [InlineData("Bac + 5 ou Bac +3", "bac+5 bac+3")]
    [InlineData("F#, C#.", "f# c#")]
    [InlineData("c'est 1+1, +5 ans d'expérience, Anglais+Français", "")]
    [InlineData("N+1", "n+1")]
    [InlineData("C++11", "")]
    public void Keyword_tokens_of_a_text(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', AnalyzerTokens.Keywords(text)));
}
