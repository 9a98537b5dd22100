using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ThammJobs.Bench;

/// <summary>
/// The real site, started as production starts it (<c>dotnet ThammJobs.Web.dll --urls …</c>) in its own
/// process, on loopback, on the benchmark's data folder. Its output goes to a log file.
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Lock logGate = new();
    private readonly Stopwatch sinceStart;

    private SiteProcess(Process process, StreamWriter log, Uri address, Stopwatch sinceStart)
    {
        this.process = process;
        this.log = log;
        Address = address;
        this.sinceStart = sinceStart;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    /// <summary>Whether the site said it rebuilt its index (it should not: the index already exists).</summary>
    public bool LoggedRebuild { get; private set; }

    /// <param name="extraArguments">More configuration for the site, as <c>--Key=Value</c> arguments (they win over
    /// the environment variables set here, as in any ASP.NET Core host).</param>
    /// <param name="extraEnvironment">More environment variables for the site (for instance <c>ASPNETCORE_TEMP</c>).</param>
    public static SiteProcess Start(
        string siteAssembly, string dataFolder, string logPath, IReadOnlyList<string>? extraArguments = null, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet")
        {
            // The output folder is the content root, as in a deployment: its appsettings.json applies.
            WorkingDirectory = Path.GetDirectoryName(siteAssembly)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(siteAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var argument in extraArguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ThammJobs__DataFolder"] = dataFolder;
        start.Environment["ThammJobs__SeedOnEmptyDatabase"] = "false";
        start.Environment["ThammJobs__ImportDemoRecipe"] = "false";
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var sinceStart = Stopwatch.StartNew();
        process.Start();
        var site = new SiteProcess(process, log, address, sinceStart);
        process.OutputDataReceived += (_, e) => site.Write(e.Data);
        process.ErrorDataReceived += (_, e) => site.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return site;
    }

    /// <summary>Lines of the site's log at Warning level (<c>warn:</c> prefix of the console logger).</summary>
    public int LoggedWarnings { get; private set; }

    /// <summary>Lines of the site's log at Error or Critical level (<c>fail:</c>, <c>crit:</c>).</summary>
    public int LoggedErrors { get; private set; }

    /// <summary>
    /// Milliseconds from the process start until <paramref name="probePath"/> first answers 200. The site
    /// only listens once migrations, seeding and the index (open and catch-up) are done.
    /// </summary>
    public async Task<double> WaitForFirstSearchAsync(HttpClient client, string probePath, TimeSpan timeout)
    {
        while (sinceStart.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {process.ExitCode.ToString(CultureInfo.InvariantCulture)} before answering; see its log.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, probePath));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.ReadAsByteArrayAsync();
                    return sinceStart.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The site did not answer {probePath} within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
    }

    /// <summary>Peak and current resident memory of the site, in bytes (VmHWM and VmRSS of /proc/&lt;pid&gt;/status).</summary>
    public (long Peak, long Current) Memory() => ProcessMemory.Read(process.Id);

    /// <summary>Stops the site as a service manager would (SIGTERM, graceful shutdown), killing it after 30 s.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            if (kill is not null)
            {
                await kill.WaitForExitAsync();
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
        lock (logGate)
        {
            log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("Search index rebuilt", StringComparison.Ordinal) || line.Contains("will be rebuilt", StringComparison.Ordinal))
        {
            LoggedRebuild = true;
        }

        lock (logGate)
        {
            if (line.StartsWith("warn:", StringComparison.Ordinal))
            {
                LoggedWarnings++;
            }
            else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                LoggedErrors++;
            }

            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}

/// <summary>Resident memory of a process from Linux's /proc.</summary>
internal static class ProcessMemory
{
    public static (long Peak, long Current) Read(int processId) => Read(processId.ToString(CultureInfo.InvariantCulture));

    public static (long Peak, long Current) Self() => Read("self");

    private static (long Peak, long Current) Read(string process)
    {
        long peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{process}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = Kilobytes(line);
            }
        }

        return (peak * 1024, current * 1024);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
