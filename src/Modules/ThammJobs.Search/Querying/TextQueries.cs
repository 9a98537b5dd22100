using Lucene.Net.Search;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The words of a search turned into Lucene queries: <see cref="Main"/> over both languages' fields,
/// <see cref="Translated"/> through the glossary (to find offers that exist only in the other language),
/// <see cref="Fuzzy"/> for typos, and the terms kept (for "did you mean" and highlighting).
/// All null when the words hold nothing searchable.
/// </summary>
internal sealed record TextQueries(Query? Main, Query? Translated, Query? Fuzzy, IReadOnlyList<string> Terms)
{
    public static readonly TextQueries None = new(null, null, null, []);

    public bool IsEmpty => Main is null;
}
