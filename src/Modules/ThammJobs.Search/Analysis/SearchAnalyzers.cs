using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// The analyzers of the index, created once and shared: Lucene analyzers keep their per-thread token
/// streams themselves, so one instance serves every thread, for indexing and for queries alike.
/// </summary>
internal static class SearchAnalyzers
{
    /// <summary>French text: see <see cref="FrenchTextAnalyzer"/>.</summary>
    public static Analyzer French { get; } = new FrenchTextAnalyzer();

    /// <summary>Arabic text, with the Latin words it quotes: see <see cref="ArabicTextAnalyzer"/>.</summary>
    public static Analyzer Arabic { get; } = new ArabicTextAnalyzer();

    /// <summary>Both scripts, folded but unstemmed, for typo tolerance: see <see cref="FoldedTextAnalyzer"/>.</summary>
    public static Analyzer Folded { get; } = new FoldedTextAnalyzer();

    /// <summary>Only the tokens such as C#, C++, THAMM+, Bac+5: see <see cref="KeywordTokenAnalyzer"/>.</summary>
    public static Analyzer Keywords { get; } = new KeywordTokenAnalyzer();

    /// <summary>
    /// The analyzer to give the <c>IndexWriter</c>: each field of <see cref="SearchFields"/> with its
    /// chain, under the names of both languages' offers (<see cref="DocumentFields"/>). Other fields
    /// (identifiers, filters) are expected to be indexed without analysis (<c>StringField</c>); if one is
    /// not, it gets the folded chain.
    /// </summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Folded, new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleFrench] = French,
        [SearchFields.BodyFrench] = French,
        [SearchFields.TitleArabic] = Arabic,
        [SearchFields.BodyArabic] = Arabic,
        [SearchFields.Fuzzy] = Folded,
        [SearchFields.Keywords] = Keywords,
    }.SelectMany(f => new[] { SearchLanguage.French, SearchLanguage.Arabic }.Select(offers => (Name: DocumentFields.Of(f.Key, offers), f.Value)))
        .ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal));

    /// <summary>The chain of a language's title and body fields.</summary>
    public static Analyzer For(SearchLanguage language) => language == SearchLanguage.Arabic ? Arabic : French;
}
