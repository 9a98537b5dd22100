using System.Globalization;

namespace ThammJobs.Bench.Uploads;

/// <summary>
/// Samples the site's resident memory (VmRSS and RssAnon of /proc/&lt;pid&gt;/status) every 50 ms, and every
/// 500 ms the bytes in the folders where uploads are buffered (ASP.NET Core's temporary folder, the store's tmp).
/// VmHWM, read at the end, stays the reference for the peak: a sample can miss a short spike.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly int processId;
    private readonly IReadOnlyList<string> folders;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long roundPeak;

    public MemorySampler(int processId, IReadOnlyList<string> folders)
    {
        this.processId = processId;
        this.folders = folders;
        loop = Task.Run(RunAsync);
    }

    public long PeakRss { get; private set; }

    public long PeakRssAnon { get; private set; }

    public long PeakFolderBytes { get; private set; }

    public long RoundPeakRss => Interlocked.Read(ref roundPeak);

    public int Samples { get; private set; }

    public void ResetRoundPeak() => Interlocked.Exchange(ref roundPeak, 0);

    public void Stop()
    {
        stop.Cancel();
        try
        {
            loop.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        if (!stop.IsCancellationRequested)
        {
            Stop();
        }

        stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var tick = 0;
        while (await timer.WaitForNextTickAsync(stop.Token))
        {
            long rss = 0, anon = 0;
            try
            {
                foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
                {
                    if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    {
                        rss = Kilobytes(line) * 1024;
                    }
                    else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    {
                        anon = Kilobytes(line) * 1024;
                    }
                }
            }
            catch (IOException)
            {
                return; // The process has gone.
            }

            Samples++;
            PeakRss = Math.Max(PeakRss, rss);
            PeakRssAnon = Math.Max(PeakRssAnon, anon);
            if (rss > Interlocked.Read(ref roundPeak))
            {
                Interlocked.Exchange(ref roundPeak, rss);
            }

            if (tick++ % 10 == 0)
            {
                long bytes = 0;
                foreach (var folder in folders)
                {
                    try
                    {
                        bytes += new DirectoryInfo(folder).EnumerateFiles().Sum(f => SafeLength(f));
                    }
                    catch (DirectoryNotFoundException)
                    {
                    }
                }

                PeakFolderBytes = Math.Max(PeakFolderBytes, bytes);
            }
        }
    }

    private static long SafeLength(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (FileNotFoundException)
        {
            return 0; // Deleted between the listing and the look.
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
