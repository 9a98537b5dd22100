using Lucene.Net.Analysis;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>What an analyzer makes of a text, for token-level assertions.</summary>
internal static class AnalyzerTokens
{
    /// <summary>The terms, stacked alternatives joined with "|" (وظيف|ظيف).</summary>
    public static IReadOnlyList<string> Of(Analyzer analyzer, string text, string field = SearchFields.BodyFrench) =>
        TextAnalysis.Analyze(analyzer, field, text).Select(p => string.Join('|', p.Terms)).ToList();

    public static IReadOnlyList<string> French(string text) => Of(SearchAnalyzers.French, text);

    public static IReadOnlyList<string> Arabic(string text) => Of(SearchAnalyzers.Arabic, text, SearchFields.BodyArabic);

    public static IReadOnlyList<string> Folded(string text) => Of(SearchAnalyzers.Folded, text, SearchFields.Fuzzy);

    public static IReadOnlyList<string> Keywords(string text) => Of(SearchAnalyzers.Keywords, text, SearchFields.Keywords);
}
