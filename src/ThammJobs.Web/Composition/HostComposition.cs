using ThammJobs.Applications;
using ThammJobs.Audit;
using ThammJobs.Content;
using ThammJobs.Core;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Rules;
using ThammJobs.Core.Security;
using ThammJobs.Messaging;
using ThammJobs.Operations;
using ThammJobs.Search;
using ThammJobs.Theme;
using ThammJobs.Uploads;
using ThammJobs.Users;
using ThammJobs.Web.Data;

namespace ThammJobs.Web.Composition;

/// <summary>The table of contents of the site: which modules it is made of, in which order they run.</summary>
internal static class HostComposition
{
    public static WebApplicationBuilder AddThammJobs(this WebApplicationBuilder builder)
    {
        // Theme and module assets (/_content/…) straight from the build output in every environment, not only
        // Development; a published site has them in wwwroot and the call then finds no manifest and does nothing.
        builder.WebHost.UseStaticWebAssets();
        _ = NativeMemoryTuning.Apply();
        RequestBuffering.Apply(builder.WebHost);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddThammJobsDatabase(builder.Configuration, builder.Environment);
        services.AddSharedKeyRing();
        services.AddSiteLocalization();
        services.AddResponseCompression(options => options.EnableForHttps = false);
        services.AddPublicPageCache(builder.Configuration);
        services.AddReverseProxySupport(builder.Configuration);
        services.AddRazorPages();
        // First among the modules: the others write to its trail (Core's IAuditTrail).
        services.AddAuditModule();
        services.AddBackgroundRules(builder.Configuration);
        services.AddContentModule(builder.Configuration);
        services.AddSearchModule(builder.Configuration);
        services.AddMessagingModule(builder.Configuration);
        services.AddUploads(builder.Configuration);
        services.AddApplicationsModule(builder.Configuration);
        services.AddUsersModule();
        services.AddOperations(builder.Configuration);
        return builder;
    }

    /// <summary>Migrations, then each module's start-up tasks (seeding, search index), before serving.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var startupLock = await DatabaseSetup.StartupLockAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider);
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        }
    }

    public static WebApplication UseThammJobs(this WebApplication app)
    {
        app.UseReverseProxySupport();
        app.UseOperations();
        app.UsePublicPageCache();
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseThemeErrorPages();
        app.UseApplicationsModule();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapLanguageRedirect();
        app.MapRazorPages();
        app.MapContentModule();
        app.MapSearchModule();
        app.MapOperations();
        return app;
    }
}
