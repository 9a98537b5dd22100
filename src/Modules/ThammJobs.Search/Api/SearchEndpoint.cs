using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using ThammJobs.Core.Localization;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Api;

/// <summary><c>GET /api/search</c>: the JSON face of the search (docs/api.md). Invalid parameters get a 400 problem.</summary>
internal static class SearchEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, IOfferSearch search, IStringLocalizerFactory localizers, CancellationToken cancellationToken)
    {
        var request = SearchRequestReader.Read(context.Request.Query, null, out var problems);

        // Messages in the language asked for, like every page of the site.
        var culture = SiteCultures.Formatting(request.Culture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        var t = localizers.Create(typeof(SearchStrings));
        if (problems.Count > 0)
        {
            var errors = problems.ToDictionary(p => p.Key, p => new[] { SearchProblems.Describe(t, p.Value) }, StringComparer.Ordinal);
            return Results.ValidationProblem(errors, title: t["Problem.Title"], statusCode: StatusCodes.Status400BadRequest);
        }

        var results = await search.SearchAsync(request, cancellationToken);
        return Results.Json(results, SearchJson.Options);
    }
}
