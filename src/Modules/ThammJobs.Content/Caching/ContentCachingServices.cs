using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Handlers;
using ThammJobs.Core;
using ThammJobs.Core.Caching;

namespace ThammJobs.Content.Caching;

/// <summary>What keeps cached public pages and the site chrome in step with content, on this node and across nodes.</summary>
internal static class ContentCachingServices
{
    public static IServiceCollection AddContentCaching(this IServiceCollection services)
    {
        services.AddSingleton<ContentGeneration>();
        services.AddSingleton<SiteChromeCache>();
        services.AddSingleton<ContentChangeInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<ContentChangeInterceptor>());
        services.AddSingleton<IInterceptor, ContentCommitInterceptor>();
        services.AddScoped<IContentHandler, ContentGenerationHandler>();
        services.AddScoped<IStartupTask, GenerationStartupTask>();
        services.AddSingleton<ICacheVersionSource, ContentCacheVersion>();
        services.AddHostedService<ContentChangeWatcher>();
        return services;
    }
}
