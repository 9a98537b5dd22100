using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ThammJobs.Core;

/// <summary>Where a node keeps its files: <c>ThammJobs:DataFolder</c>, else <c>App_Data</c> under the content root.</summary>
public static class SiteFolders
{
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["ThammJobs:DataFolder"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? Path.Combine(environment.ContentRootPath, "App_Data") : folder, environment.ContentRootPath);
    }
}
