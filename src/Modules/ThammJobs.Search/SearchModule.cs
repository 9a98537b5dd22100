using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThammJobs.Content.Handlers;
using ThammJobs.Core;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Data;
using ThammJobs.Search.Api;
using ThammJobs.Search.Data;
using ThammJobs.Search.Indexing;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search;

public static class SearchModule
{
    /// <summary>Local Lucene index kept in step with the database, the search seam, page and JSON API.</summary>
    public static IServiceCollection AddSearchModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, SearchModelContributor>();
        services.AddSingleton(sp => Options(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<IndexingSignal>();
        services.AddSingleton<IInterceptor, IndexingCommitInterceptor>();
        services.AddSingleton<TextQueryFactory>();
        services.AddSingleton<SpellingSuggester>();
        services.AddSingleton<OfferStatusSets>();
        services.AddSingleton<FilterFacetCache>();
        services.AddSingleton<FacetOrdinals>();
        services.AddSingleton<NumericColumns>();
        services.AddSingleton<OfferSearch>();
        services.AddSingleton<SearchMetrics>();
        services.AddSingleton<IOfferSearch, MeasuredOfferSearch>();
        services.AddScoped<IContentHandler, OfferIndexHandler>();
        services.AddScoped<ThammJobs.Core.Rules.IBackgroundRule, OfferClosingRule>();
        services.AddScoped<IndexSynchronizer>();
        services.AddScoped<SearchRebuildCommand>();
        services.AddScoped<IStartupTask, IndexStartupTask>();
        services.AddHostedService<IndexingService>();
        services.AddSingleton<ICacheVersionSource, SearchCacheVersion>();
        return services;
    }

    public static IEndpointRouteBuilder MapSearchModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", SearchEndpoint.HandleAsync).CacheOutput(PublicPageCache.PolicyName);
        return endpoints;
    }

    private static SearchOptions Options(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new SearchOptions();
        configuration.GetSection("ThammJobs:Search").Bind(options);
        if (string.IsNullOrWhiteSpace(options.IndexFolder))
        {
            options.IndexFolder = Path.Combine(SiteFolders.DataFolder(configuration, environment), "search");
        }

        return options;
    }
}
