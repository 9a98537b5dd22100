using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThammJobs.Core.Caching;

/// <summary>
/// The cache of anonymous public pages and of the search API (ASP.NET Core output caching). Pages opt in with
/// <c>[OutputCache(PolicyName = PublicPageCache.PolicyName)]</c>, endpoints with <c>.CacheOutput(PolicyName)</c>.
/// Compressed responses are kept, so a hit costs neither rendering, nor database, nor compression.
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-page";

    /// <summary>Every entry carries it, so that all can be freed at once.</summary>
    public const string Tag = "public-page";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("ThammJobs:OutputCache").Get<PublicPageCacheOptions>() ?? new PublicPageCacheOptions();
        services.AddSingleton(options);
        services.AddSingleton<PublicPagePolicy>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<PublicPagePolicy>((cache, policy) =>
        {
            // Slugs are case-sensitive in the database: /fr/offres/Demo is a 404, not the page of /fr/offres/demo.
            cache.UseCaseSensitivePaths = true;
            cache.SizeLimit = options.SizeLimitMegabytes * 1024 * 1024;
            cache.DefaultExpirationTimeSpan = options.MaxDuration;
            cache.AddPolicy(PolicyName, policy);
        });
        return services;
    }

    /// <summary>Call before response compression (so compressed bytes are kept) and before authentication.</summary>
    public static IApplicationBuilder UsePublicPageCache(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<PublicPageCacheOptions>();
        return options.Enabled ? app.UseOutputCache() : app;
    }
}
