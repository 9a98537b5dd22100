using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ThammJobs.Search.Querying;

/// <summary>The address of a search page; defaults are left out so addresses stay short and shareable.</summary>
public static class SearchUrls
{
    public static string For(string culture, SearchRequest request)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("q", request.Query),
            new("country", request.Country),
            new("city", request.City),
            new("contract", request.Contract),
            new("sector", request.Sector),
            new("project", request.Project),
            new("status", request.Status == OfferStatus.Open ? null : request.Status.ToString().ToLowerInvariant()),
            new("sort", request.Sort == SearchSort.Relevance ? null : request.Sort.ToString().ToLowerInvariant()),
            new("page", request.Page == 1 ? null : request.Page.ToString(CultureInfo.InvariantCulture)),
        };
        var query = QueryString.Create(parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
        return $"/{culture}/offres{query}";
    }
}
