namespace ThammJobs.Search.Analysis;

/// <summary>
/// The script a piece of query text is written in. Digits and non-Arabic letters count as
/// <see cref="Latin"/>: they are searched in both languages, because Latin words and numbers occur in
/// Arabic offers too.
/// </summary>
internal enum TextScript
{
    /// <summary>Nothing searchable: punctuation, emoji, operators.</summary>
    None,
    Latin,
    Arabic,
}
