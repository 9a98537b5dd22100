using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Turns what a visitor typed into Lucene queries, without ever throwing: no Lucene query syntax is
/// parsed (the classic parser throws on <c>C++ (senior</c>, <c>"unterminated</c>, <c>AND</c>), every
/// word is required in any field of its languages, <c>"…"</c> is a phrase, <c>-word</c> excludes.
/// Words are routed by script and each language analysed with its own chain. Thread-safe.
/// </summary>
internal sealed class UserQueryParser
{
    /// <summary>Characters read; a search box never needs more.</summary>
    public const int MaxInputLength = 1000;

    /// <summary>
    /// Words, phrases and keyword tokens kept. Each becomes one clause of the top query holding at most a
    /// dozen term queries, far below Lucene's 1,024-clause limit.
    /// </summary>
    public const int MaxParts = 32;

    private readonly Glossary glossary;

    public UserQueryParser(Glossary? glossary = null)
    {
        this.glossary = glossary ?? Glossary.Empty;
    }

    /// <summary>
    /// The queries for <paramref name="input"/>, whatever it holds; when nothing searchable remains,
    /// <see cref="UserQuery.HasSearchableTerms"/> is false.
    /// </summary>
    public UserQuery Parse(string? input)
    {
        var text = QueryText.Clean(input, MaxInputLength, out var truncated);
        if (text.Length == 0)
        {
            return truncated ? new UserQuery(null, null, [], wasTruncated: true) : UserQuery.Empty;
        }

        var units = QueryLexer.Split(text);
        truncated |= units.Any(u => u.IsPhrase && WordCount(u.Text) > QueryPartBuilder.MaxPhrasePositions);

        // Parts are built lazily: past the cap, the rest of the text is not even analysed.
        var parts = units.SelectMany(QueryPartBuilder.Build).Take(MaxParts + 1).ToList();
        if (parts.Count > MaxParts)
        {
            truncated = true;
            parts.RemoveAt(MaxParts);
        }

        return new UserQuery(MainQuery(parts), OtherLanguageQueryBuilder.Build(parts, glossary), parts, truncated);
    }

    /// <summary>
    /// The typo-tolerant version of <paramref name="query"/> on <see cref="SearchFields.Fuzzy"/>, for the
    /// fallback when few results come back; null when nothing is required.
    /// </summary>
    public Query? BuildFuzzy(UserQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return FuzzyQueryBuilder.Build(query);
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static BooleanQuery? MainQuery(List<QueryPart> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var part in parts)
        {
            query.Add(part.Query, part.IsExcluded ? Occur.MUST_NOT : Occur.MUST);
        }

        if (parts.All(p => p.IsExcluded))
        {
            // Lucene matches nothing with exclusions alone; "-saisonnier" means everything else.
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }
}
