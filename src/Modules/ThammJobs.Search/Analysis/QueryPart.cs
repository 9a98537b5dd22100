using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// One searchable piece of a user query, kept after analysis (stop words and punctuation are gone).
/// </summary>
internal sealed record QueryPart
{
    /// <summary>The text as the user typed it (after clean-up), for display.</summary>
    public required string Text { get; init; }

    public required QueryPartKind Kind { get; init; }

    public required TextScript Script { get; init; }

    /// <summary>True for <c>-word</c>, <c>-"a phrase"</c> or <c>NOT word</c>.</summary>
    public required bool IsExcluded { get; init; }

    /// <summary>
    /// The words as indexed in <see cref="SearchFields.Fuzzy"/> (lowercase, folded, unstemmed), or the
    /// keyword as indexed in <see cref="SearchFields.Keywords"/>: for typo tolerance, "did you mean"
    /// and highlighting.
    /// </summary>
    public required IReadOnlyList<string> NormalizedTerms { get; init; }

    /// <summary>Matches a document that contains the part in any field of its languages.</summary>
    public required Query Query { get; init; }

    /// <summary>The analysed positions in the part's own language, for the glossary (empty for keywords).</summary>
    public required IReadOnlyList<AnalyzedPosition> SourcePositions { get; init; }
}
