namespace ThammJobs.Search.Querying;

/// <summary>What a candidate asks: words, filters, order and page. Built from the query string and validated.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 50;

    public string? Query { get; init; }
    public string Culture { get; init; } = "fr";
    public string? Country { get; init; }
    public string? City { get; init; }
    public string? Contract { get; init; }
    public string? Sector { get; init; }
    public string? Project { get; init; }
    public OfferStatus Status { get; init; } = OfferStatus.Open;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public enum OfferStatus
{
    Open,
    Closed,
    All,
}

public enum SearchSort
{
    Relevance,
    Closing,
    Newest,
}
