using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ThammJobs.Web.Tests.Cluster;

/// <summary>
/// One web node as a real process: <c>dotnet ThammJobs.Web.dll --urls http://127.0.0.1:{free port}</c> from the
/// test's output folder, configured through environment variables, its output kept for diagnostics. It can be
/// killed with SIGKILL (<see cref="Process.Kill()"/> on Linux) and is always killed on dispose.
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    private const int KeptLines = 2000;

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly Stopwatch started = Stopwatch.StartNew();

    private NodeProcess(string name, int port, Process process)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        this.process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the node; call <see cref="WaitUntilLiveAsync"/> before sending requests.</summary>
    public static NodeProcess Start(string name, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ThammJobs.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var node = new NodeProcess(name, port, process);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data is null ? null : "[stderr] " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Polls <c>/health/live</c> until it answers 200; fails with the node's output if it dies or takes too long.</summary>
    public async Task<TimeSpan> WaitUntilLiveAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with code {process.ExitCode} before answering /health/live.\n{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return started.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            if (started.Elapsed > within)
            {
                throw new TimeoutException($"Node {Name} did not answer /health/live within {within.TotalSeconds} s.\n{Tail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A browser on this node: no automatic redirects, its own cookies.</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>SIGKILL: no graceful shutdown, requests in flight die with the process.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit(10_000);
    }

    /// <summary>The last lines the node wrote (standard output and error), for assertion messages.</summary>
    public string Tail(int lines = 60)
    {
        var all = output.ToArray();
        return $"--- last {Math.Min(lines, all.Length)} lines of node {Name} ({BaseAddress}) ---\n"
            + string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue($"{started.Elapsed.TotalSeconds,7:0.00} {line}");
        while (output.Count > KeptLines)
        {
            output.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
