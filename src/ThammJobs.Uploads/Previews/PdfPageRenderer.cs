using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThammJobs.Uploads.Images;

namespace ThammJobs.Uploads.Previews;

/// <summary>
/// Draws the first page of a PDF as a small JPEG with poppler's <c>pdftoppm</c>, run as a child process because
/// the PDF is hostile input and poppler is a large C++ parser: never in the site's own process. The child gets
/// the stored file's path (poppler only reads it), a fresh private temporary folder to write in, its arguments as
/// a list (no shell line is ever built from data), an environment without the site's settings, a wall-clock timeout after which its process tree is killed,
/// and CPU, memory and output-size limits from the operating system (<see cref="ProcessLimits"/>). Its PNG is not
/// trusted either: it is size-checked, then decoded and re-encoded by <see cref="IImageSanitizer"/> (dimension
/// caps, no metadata, JPEG), and only that re-encoded image leaves this class.
/// </summary>
public sealed partial class PdfPageRenderer
{
    private readonly PdfPreviewOptions options;
    private readonly IImageSanitizer images;
    private readonly ILogger<PdfPageRenderer> logger;

    public PdfPageRenderer(IOptions<PdfPreviewOptions> options, IImageSanitizer images, ILogger<PdfPageRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.images = images;
        this.logger = logger;
        PdftoppmPath = ExecutableLookup.Resolve(this.options.PdftoppmPath, "pdftoppm");
    }

    /// <summary>Where pdftoppm was found, or null: then <see cref="IsAvailable"/> is false and callers use the text preview.</summary>
    public string? PdftoppmPath { get; }

    public bool IsAvailable => PdftoppmPath is not null;

    /// <summary>Writes the first page of <paramref name="pdfPath"/> as a sanitised JPEG into <paramref name="jpeg"/>.</summary>
    public async Task<PreviewOutcome> RenderFirstPageAsync(string pdfPath, Stream jpeg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        if (PdftoppmPath is null)
        {
            throw new InvalidOperationException("pdftoppm is not available.");
        }

        var work = Directory.CreateTempSubdirectory("thammjobs-pdf-");
        try
        {
            var outcome = await RunAsync(Path.GetFullPath(pdfPath), work.FullName, cancellationToken).ConfigureAwait(false);
            if (outcome != PreviewOutcome.Done)
            {
                return outcome;
            }

            var png = new FileInfo(Path.Combine(work.FullName, "page.png"));
            if (!png.Exists || png.Length == 0 || png.Length > options.OutputMegabytes * 1024L * 1024)
            {
                LogNoImage(logger, png.Exists ? png.Length : -1);
                return PreviewOutcome.Failed;
            }

            await using var input = new FileStream(png.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var result = await images.ThumbnailAsync(input, jpeg, Math.Max(1, options.Side), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                LogImageRefused(logger, result.RefusalCode);
                return PreviewOutcome.Failed;
            }

            return PreviewOutcome.Done;
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A killed child may hold the folder for a moment on some systems; the OS temp cleaner gets it.
            }
        }
    }

    private async Task<PreviewOutcome> RunAsync(string pdfPath, string workFolder, CancellationToken cancellationToken)
    {
        var limits = new ProcessLimits(
            Math.Max(1, options.CpuSeconds),
            Math.Max(64, options.MemoryMegabytes) * 1024L * 1024,
            Math.Max(1, options.OutputMegabytes) * 1024L * 1024);
        var side = Math.Max(1, options.Side).ToString(CultureInfo.InvariantCulture);
        // First page only, one file named exactly page.png, longest side fixed whatever the page's declared size
        // (a 200-inch MediaBox is drawn at the same 800 pixels as an A4 page).
        var start = limits.StartInfo(PdftoppmPath!, ["-q", "-f", "1", "-l", "1", "-singlefile", "-png", "-scale-to", side, pdfPath, Path.Combine(workFolder, "page")]);
        start.WorkingDirectory = workFolder;
        if (!OperatingSystem.IsWindows())
        {
            // Not the site's environment: it may hold connection strings and passwords, which a child exploited by
            // a crafted PDF could read. Only what pdftoppm needs, with its home and temp in the throw-away folder.
            var path = Environment.GetEnvironmentVariable("PATH");
            start.Environment.Clear();
            start.Environment["PATH"] = string.IsNullOrEmpty(path) ? "/usr/bin:/bin" : path;
            start.Environment["HOME"] = workFolder;
            start.Environment["TMPDIR"] = workFolder;
            start.Environment["LC_ALL"] = "C";
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            LogCannotStart(logger, e, PdftoppmPath!);
            return PreviewOutcome.Failed;
        }

        process.StandardInput.Close();
        // Both pipes are drained (a child blocked on a full pipe would look like a timeout) and thrown away.
        var drain = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None), process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None));

        // A resource limit, not a date: real time, whatever clock the site is given.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            if (cancellationToken.IsCancellationRequested)
            {
                return PreviewOutcome.Cancelled;
            }

            LogTimedOut(logger, options.TimeoutSeconds);
            return PreviewOutcome.Failed;
        }

        try
        {
            await drain.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Something else holds the pipes open; the exit code below is what counts.
        }

        if (process.ExitCode != 0)
        {
            // Broken file, or a limit reached (SIGXCPU, SIGKILL for memory, SIGXFSZ: exit codes above 128).
            LogFailed(logger, process.ExitCode);
            return PreviewOutcome.Failed;
        }

        return PreviewOutcome.Done;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "pdftoppm could not be started from {Path}.")]
    private static partial void LogCannotStart(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "pdftoppm did not finish within {Seconds} s; killed, no preview.")]
    private static partial void LogTimedOut(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "pdftoppm ended with code {Code}; no preview.")]
    private static partial void LogFailed(ILogger logger, int code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "pdftoppm wrote no usable image ({Length} bytes); no preview.")]
    private static partial void LogNoImage(ILogger logger, long length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The page drawn by pdftoppm was refused by the image sanitiser ({Code}); no preview.")]
    private static partial void LogImageRefused(ILogger logger, string? code);
}
