using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization;
using MimeKit;
using ThammJobs.Testing;

namespace ThammJobs.Messaging.Tests;

/// <summary>
/// A real SMTP server for one test: the repository's local tool <c>smtp4dev</c> (dotnet-tools.json, installed by
/// <c>dotnet tool restore</c>), in memory, on free loopback ports, killed with the test. Without the tool the test is
/// skipped, except under <c>CI=true</c> where it fails.
/// </summary>
internal sealed class Smtp4dev : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly HttpClient http;
    private readonly string dataFolder;

    private Smtp4dev(Process process, int smtpPort, int webPort, string dataFolder)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        SmtpPort = smtpPort;
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public static async Task<Smtp4dev> StartAsync()
    {
        var root = RepositoryRoot();
        var smtpPort = FreePort();
        var webPort = FreePort();
        var dataFolder = TempFolder.Create();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "tool", "run", "smtp4dev", "--",
                     $"--urls=http://127.0.0.1:{webPort}", $"--smtpport={smtpPort}", "--bindaddress=127.0.0.1",
                     "--db=", "--imapport=", "--pop3port=", "--tlsmode=None", "--hostname=localhost",
                     "--nousersettings", $"--baseappdatapath={dataFolder}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // Its settings and data (none: --db= is in memory) stay in the temporary folder.
        start.Environment["XDG_CONFIG_HOME"] = dataFolder;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new Smtp4dev(process, smtpPort, webPort, dataFolder);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilListeningAsync(TimeSpan.FromSeconds(90));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<(MessageSummary Summary, MimeMessage Message)>> MessagesAsync()
    {
        var page = await http.GetFromJsonAsync<MessagePage>("api/messages?pageSize=100") ?? throw new InvalidOperationException("no answer");
        var messages = new List<(MessageSummary, MimeMessage)>();
        foreach (var summary in page.Results)
        {
            await using var raw = await http.GetStreamAsync($"api/messages/{summary.Id}/raw");
            using var buffer = new MemoryStream();
            await raw.CopyToAsync(buffer);
            buffer.Position = 0;
            messages.Add((summary, await MimeMessage.LoadAsync(buffer)));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < end)
        {
            if (process.HasExited)
            {
                Unavailable($"smtp4dev exited with code {process.ExitCode}: {Output()}");
            }

            if (await SmtpAnswersAsync() && await WebAnswersAsync())
            {
                return;
            }

            await Task.Delay(250);
        }

        Unavailable($"smtp4dev did not listen within {timeout.TotalSeconds} s: {Output()}");
    }

    private async Task<bool> SmtpAnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task<bool> WebAnswersAsync()
    {
        try
        {
            using var response = await http.GetAsync("api/messages");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Skip locally; fail under CI=true, where the tool must be there.</summary>
    private static void Unavailable(string problem)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"smtp4dev is required under CI=true (run `dotnet tool restore`): {problem}");
        }

        Assert.Skip($"smtp4dev not available ({problem}); run `dotnet tool restore`");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 3000 ? text[^3000..] : text;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("dotnet-tools.json not found above " + AppContext.BaseDirectory);
    }

    internal sealed record MessagePage([property: JsonPropertyName("results")] IReadOnlyList<MessageSummary> Results);

    internal sealed record MessageSummary(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] IReadOnlyList<string> To,
        [property: JsonPropertyName("subject")] string Subject,
        [property: JsonPropertyName("attachmentCount")] int AttachmentCount);
}
