using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ThammJobs.Web.Composition;

namespace ThammJobs.Bench;

/// <summary>The site's own composition in this process (no HTTP server, no background indexer started).</summary>
internal static class BenchHost
{
    public static async Task<WebApplication> StartAsync(string dataFolder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Added last, so it wins over appsettings.json and ThammJobs__* variables of the calling shell.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ThammJobs:DataFolder"] = dataFolder,
            ["ThammJobs:SeedOnEmptyDatabase"] = "false",
            ["ThammJobs:ImportDemoRecipe"] = "false",
            ["ThammJobs:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = null,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddThammJobs();
        var app = builder.Build();
        await app.PrepareAsync();
        return app;
    }
}
