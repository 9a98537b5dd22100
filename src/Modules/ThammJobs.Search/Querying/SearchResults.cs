namespace ThammJobs.Search.Querying;

/// <summary>The answer, shaped as the JSON API returns it (docs/api.md).</summary>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean);

public sealed record SearchHit(
    string Id,
    string TranslationSet,
    string Culture,
    string Title,
    string Url,
    DateTimeOffset? ClosesAt,
    DateOnly? ClosesOn,
    string Snippet,
    bool MatchedInOtherLanguage,
    string? City,
    string? Country);

public sealed record FacetValue(string Value, int Count);
