using System.Diagnostics;

namespace ThammJobs.Web.Tests.Cli;

/// <summary>
/// Runs the host's command-line verbs as a real process: the same binary `dotnet run --project
/// src/ThammJobs.Web -- …` builds and starts.
/// </summary>
internal static class HostProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ThammJobs.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ThammJobs__DataFolder"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
