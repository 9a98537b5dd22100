using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Caching;
using ThammJobs.Content.Data;
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
        return services;
    }
}
