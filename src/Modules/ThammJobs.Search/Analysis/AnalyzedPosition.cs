namespace ThammJobs.Search.Analysis;

/// <summary>
/// One position of analysed text and the terms found there: usually one, several when the Arabic
/// chain offers a word with and without its proclitic (وظيف, ظيف).
/// </summary>
internal sealed record AnalyzedPosition(int Position, IReadOnlyList<string> Terms)
{
    /// <summary>The main form: the word as the chain reads it, before any alternative.</summary>
    public string Primary => Terms[0];
}
