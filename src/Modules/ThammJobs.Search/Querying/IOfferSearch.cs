namespace ThammJobs.Search.Querying;

/// <summary>The search seam: the only way the rest of the site asks for offers by words and filters.</summary>
public interface IOfferSearch
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
