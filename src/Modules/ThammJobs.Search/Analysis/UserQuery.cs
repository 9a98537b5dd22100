using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>The result of <see cref="UserQueryParser.Parse"/>: what to search, and what was kept of the text.</summary>
internal sealed class UserQuery
{
    public static UserQuery Empty { get; } = new(null, null, [], wasTruncated: false);

    public UserQuery(Query? query, Query? otherLanguageQuery, IReadOnlyList<QueryPart> parts, bool wasTruncated)
    {
        Query = query;
        OtherLanguageQuery = otherLanguageQuery;
        Parts = parts;
        WasTruncated = wasTruncated;
        Terms = parts.Where(p => !p.IsExcluded).SelectMany(p => p.NormalizedTerms).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every word required (in any field of its languages), phrases in order, exclusions removed, titles
    /// ranked above bodies. Null when nothing searchable remains (empty text, only stop words,
    /// punctuation or operators). Only exclusions: every document but the excluded ones.
    /// </summary>
    public Query? Query { get; }

    /// <summary>
    /// The same search with the words the glossary knows replaced by their translation in the other
    /// language's fields (migration → الهجرة). Its hits that <see cref="Query"/> does not match were found
    /// only through the other language, which the results should say. Null when no glossary was given or
    /// no word is in it.
    /// </summary>
    public Query? OtherLanguageQuery { get; }

    /// <summary>The parts kept, required and excluded, in the order typed.</summary>
    public IReadOnlyList<QueryPart> Parts { get; }

    /// <summary>
    /// The normalised terms of the required parts (lowercase, accent-free, Arabic-normalised, unstemmed),
    /// for "did you mean" and highlighting.
    /// </summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>False when there is nothing to search: show "nothing found" without querying.</summary>
    public bool HasSearchableTerms => Query is not null;

    /// <summary>True when the text was too long or had too many words and only the beginning was used.</summary>
    public bool WasTruncated { get; }
}
