using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ThammJobs.Content.Caching;
using ThammJobs.Content.Data;
using ThammJobs.Content.Media;
using ThammJobs.Content.Recipes;
using ThammJobs.Content.Recipes.Steps;
using ThammJobs.Content.Scheduling;
using ThammJobs.Content.Services;
using ThammJobs.Core;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Rules;

namespace ThammJobs.Content;

public static class ContentModule
{
    /// <summary>Content store, Markdown, recipes and the public pages (found by Razor Pages in this assembly).</summary>
    public static IServiceCollection AddContentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection("ThammJobs"));
        services.AddSingleton<IModelContributor, ContentModelContributor>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentManager>();
        services.AddScoped<TranslationStatus>();
        services.AddScoped<Editing.ContentEditor>();
        services.AddSingleton<PreviewLinks>();
        services.AddScoped<Handlers.IContentHandler, Handlers.ContentAuditHandler>();
        services.AddScoped<History.VersionRestorer>();
        services.AddScoped<ContentQueries>();
        services.AddScoped<PublicationScheduler>();
        services.AddScoped<IBackgroundRule, ScheduledPublicationRule>();
        services.AddScoped<SiteSettings>();
        services.AddScoped<OfferFormatter>();
        services.AddSingleton<JobPostingJsonLd>();
        services.AddScoped<ISiteChromeProvider, ContentSiteChrome>();
        services.AddContentCaching();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep, ContentStep>();
        services.AddScoped<RecipeParser>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<ContentSeeder>();
        services.AddScoped<IStartupTask, SeedingStartupTask>();
        services.AddSingleton<ThammJobs.Core.Security.IPermissionProvider, Permissions>();
        services.AddSingleton<ThammJobs.Core.Security.IAdminMenuProvider, ContentMenu>();
        services.AddMediaLibrary(configuration);
        return services;
    }

    /// <summary>The public image URLs of the media library (<c>/media/{id}/{profile}.jpg</c>).</summary>
    public static IEndpointRouteBuilder MapContentModule(this IEndpointRouteBuilder endpoints) => endpoints.MapMediaFiles();

    private static void AddMediaLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection("ThammJobs:Media"));
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<MediaOptions>>().Value.Folder;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return new MediaStore(configured);
            }

            // Beside the candidate files (their own "files" and "tmp" folders): the folder every node shares.
            var shared = configuration["ThammJobs:Applications:FilesFolder"];
            var root = string.IsNullOrWhiteSpace(shared)
                ? Path.Combine(SiteFolders.DataFolder(configuration, sp.GetRequiredService<IHostEnvironment>()), "applications")
                : shared;
            return new MediaStore(Path.Combine(root, "media"));
        });
        services.AddSingleton<MediaVariants>();
        services.AddScoped<MediaLibrary>();
    }
}
