using ThammJobs.Content;
using ThammJobs.Content.Recipes;
using ThammJobs.Core.Localization;
using ThammJobs.Theme;
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

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddThammJobsDatabase(builder.Configuration, builder.Environment);
        services.AddSiteLocalization();
        services.AddResponseCompression(options => options.EnableForHttps = false);
        services.AddRazorPages();
        services.AddContentModule(builder.Configuration);
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync();
    }

    public static WebApplication UseThammJobs(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseThemeErrorPages();
        app.MapStaticAssets();
        app.MapLanguageRedirect();
        app.MapRazorPages();
        return app;
    }
}
