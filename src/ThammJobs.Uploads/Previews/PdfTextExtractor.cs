using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ThammJobs.Uploads.Previews;

/// <summary>
/// The preview without poppler (a developer machine): the first page's text and the page count, read with PdfPig.
/// This runs inside the site's process, so it is bounded differently from <see cref="PdfPageRenderer"/>: files over
/// <see cref="PdfPreviewOptions.TextMaxMegabytes"/> are not read; the caller stops waiting after
/// <see cref="PdfPreviewOptions.TextTimeoutSeconds"/> (a managed thread cannot be killed, so an extraction that
/// never ends keeps its thread), and only one extraction runs at a time — a stuck one blocks the next ones (they
/// get "unavailable"), never more than one core. Encrypted PDFs never get here: intake refuses them.
/// </summary>
public sealed partial class PdfTextExtractor(IOptions<PdfPreviewOptions> options, ILogger<PdfTextExtractor> logger)
{
    private readonly SemaphoreSlim running = new(1, 1);

    public async Task<(PreviewOutcome Outcome, PdfTextPreview? Preview)> ExtractFirstPageAsync(string pdfPath, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var file = new FileInfo(pdfPath);
        if (!file.Exists || file.Length > settings.TextMaxMegabytes * 1024L * 1024)
        {
            return (PreviewOutcome.Failed, null);
        }

        var limit = TimeSpan.FromSeconds(Math.Max(1, settings.TextTimeoutSeconds));
        try
        {
            if (!await running.WaitAsync(limit, cancellationToken).ConfigureAwait(false))
            {
                return (PreviewOutcome.Cancelled, null);   // the previous one is still running: try on a later view
            }
        }
        catch (OperationCanceledException)
        {
            return (PreviewOutcome.Cancelled, null);
        }

        var characters = Math.Max(20, settings.TextCharacters);
        var work = Task.Run(() => Extract(pdfPath, characters), CancellationToken.None);
        // Released when the extraction really ends, not when the caller stops waiting for it.
        _ = work.ContinueWith(_ => running.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            var preview = await work.WaitAsync(limit, cancellationToken).ConfigureAwait(false);
            return preview is null ? (PreviewOutcome.Failed, null) : (PreviewOutcome.Done, preview);
        }
        catch (TimeoutException)
        {
            LogTimedOut(logger, settings.TextTimeoutSeconds);
            return (PreviewOutcome.Failed, null);
        }
        catch (OperationCanceledException)
        {
            return (PreviewOutcome.Cancelled, null);
        }
    }

    private PdfTextPreview? Extract(string pdfPath, int characters)
    {
        try
        {
            var bytes = File.ReadAllBytes(pdfPath);
            using var document = PdfDocument.Open(bytes, new ParsingOptions { SkipMissingFonts = true });
            var pages = document.NumberOfPages;
            if (pages < 1)
            {
                return null;
            }

            var text = Clean(ContentOrderTextExtractor.GetText(document.GetPage(1)));
            var truncated = text.Length > characters;
            if (truncated)
            {
                var cut = char.IsHighSurrogate(text[characters - 1]) ? characters - 1 : characters;
                text = text[..cut].TrimEnd() + "…";
            }

            return new PdfTextPreview(text, pages, truncated);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever a hostile or broken file makes the parser throw means one thing here: no preview.
            LogUnreadable(logger, e.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// Text fit to show: control characters and bidirectional overrides dropped (they would reorder the page around
    /// the preview), runs of spaces collapsed, at most one empty line in a row.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(Math.Min(text.Length, 8192));
        var newlines = 0;
        var space = false;
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c == '\n')
            {
                newlines++;
                space = false;
                continue;
            }

            if (char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (result.Length > 0)
            {
                if (newlines > 0)
                {
                    result.Append(newlines > 1 ? "\n\n" : "\n");
                }
                else if (space)
                {
                    result.Append(' ');
                }
            }

            newlines = 0;
            space = false;
            result.Append(c);
        }

        return result.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF text preview did not finish within {Seconds} s; no preview.")]
    private static partial void LogTimedOut(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "PdfPig could not read a PDF ({Error}); no preview.")]
    private static partial void LogUnreadable(ILogger logger, string error);
}
