using System.Diagnostics;

namespace ThammJobs.Search.Querying;

/// <summary>The search seam as the rest of the site sees it: <see cref="OfferSearch"/>, timed into <see cref="SearchMetrics"/>.</summary>
internal sealed class MeasuredOfferSearch(OfferSearch inner, SearchMetrics metrics) : IOfferSearch
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.SearchAsync(request, cancellationToken);
        }
        finally
        {
            metrics.Record(Stopwatch.GetElapsedTime(started), request.Culture);
        }
    }
}
