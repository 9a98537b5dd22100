using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Localization;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Pages.Offers;

/// <summary>
/// The offers page: search box, filters with counts, results. A plain GET form, so it works without
/// JavaScript and every search has an address that can be shared.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class SearchModel(IOfferSearch search, ContentQueries content, OfferFormatter format, IStringLocalizer<SearchStrings> t, LanguageAlternates alternates, TimeProvider clock) : PageModel
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public string Culture => SiteCultures.Current;

    public SearchRequest Query { get; private set; } = new();

    public SearchResults Results { get; private set; } = null!;

    public IReadOnlyList<string> Ignored { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ProjectNames { get; private set; } = new Dictionary<string, string>();

    public int PageCount => Math.Max(1, (Results.Total + Query.PageSize - 1) / Query.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchRequestReader.Read(HttpContext.Request.Query, Culture, out var problems);
        Ignored = problems.Keys.Order(StringComparer.Ordinal).ToList();
        Results = await search.SearchAsync(Query, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var facet in Results.Facets.GetValueOrDefault("project") ?? [])
        {
            var project = await content.FindPublishedInSetAsync<Project>(facet.Value, Culture, cancellationToken);
            names[facet.Value] = project?.Content.Name ?? facet.Value;
        }

        ProjectNames = names;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, SearchUrls.For(culture, Query with { Culture = culture, Page = 1 }));
        }
    }

    /// <summary>Label of a facet value in the page's language.</summary>
    public string Label(string facet, string value) => facet switch
    {
        "contract" => format.Contract(value),
        "sector" => format.Sector(value),
        "country" => t["Country." + value] is { ResourceNotFound: false } country ? country.Value : value,
        "project" => ProjectNames.GetValueOrDefault(value) ?? value,
        _ => value,
    };
}
