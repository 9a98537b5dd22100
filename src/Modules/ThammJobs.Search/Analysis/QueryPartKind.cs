namespace ThammJobs.Search.Analysis;

/// <summary>What a <see cref="QueryPart"/> came from.</summary>
internal enum QueryPartKind
{
    /// <summary>A word, or the part of a word written in one script.</summary>
    Word,

    /// <summary>Words between quotes, matched next to each other in this order.</summary>
    Phrase,

    /// <summary>A token such as C#, C++, THAMM+ or Bac+5, matched whole in <see cref="SearchFields.Keywords"/>.</summary>
    Keyword,
}
