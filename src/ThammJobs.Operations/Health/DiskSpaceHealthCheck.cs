using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ThammJobs.Operations.Health;

/// <summary>
/// Free space on the volume of the data folder (database file, search index, uploaded documents, mail pickup):
/// unhealthy below <see cref="HealthOptions.MinimumFreeDiskMegabytes"/>, degraded below twice that.
/// </summary>
internal sealed class DiskSpaceHealthCheck(DataFolder folder, HealthOptions options, ILogger<DiskSpaceHealthCheck> logger) : IHealthCheck
{
    private const long Megabyte = 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long free;
        try
        {
            free = new DriveInfo(ExistingAncestor(folder.Path)).AvailableFreeSpace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogError(exception, "Health check: free space of the data folder could not be read");
            return Task.FromResult(HealthCheckResult.Unhealthy("free space unreadable"));
        }

        var minimum = Math.Max(0, options.MinimumFreeDiskMegabytes) * Megabyte;
        var description = string.Create(CultureInfo.InvariantCulture, $"{free / Megabyte} MB free, minimum {minimum / Megabyte} MB");
        var data = new Dictionary<string, object> { ["freeBytes"] = free, ["minimumBytes"] = minimum };
        HealthCheckResult result;
        if (free < minimum)
        {
            logger.LogWarning("Health check: only {Free} MB free in the data folder (minimum {Minimum} MB)", free / Megabyte, minimum / Megabyte);
            result = HealthCheckResult.Unhealthy(description, data: data);
        }
        else if (free < 2 * minimum)
        {
            result = HealthCheckResult.Degraded(description, data: data);
        }
        else
        {
            result = HealthCheckResult.Healthy(description, data);
        }

        return Task.FromResult(result);
    }

    /// <summary>The folder itself, or its nearest parent that exists (a fresh node may not have created it yet).</summary>
    private static string ExistingAncestor(string path)
    {
        var current = new DirectoryInfo(path);
        while (!current.Exists && current.Parent is not null)
        {
            current = current.Parent;
        }

        return current.FullName;
    }
}

/// <summary>This node's data folder (<c>ThammJobs:DataFolder</c>), resolved once.</summary>
internal sealed record DataFolder(string Path);
