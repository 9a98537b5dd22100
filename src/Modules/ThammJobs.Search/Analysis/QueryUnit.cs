namespace ThammJobs.Search.Analysis;

/// <summary>A word or a quoted phrase as typed, before analysis.</summary>
internal readonly record struct QueryUnit(string Text, bool IsPhrase, bool IsExcluded);
