using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Uploads;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Previews;

namespace ThammJobs.Applications.Previews;

/// <summary>
/// First-page previews of candidates' PDFs, made lazily the first time a recruiter opens the file (so files
/// received before this feature get one too, and candidates never wait for it), then kept beside the file in the
/// private store. With pdftoppm: an image drawn in a limited child process and re-encoded by the image sanitiser;
/// without it: the first page's text read with PdfPig. Only files the download would send get one (clean or not
/// scanned; never awaiting a scan, never infected). A file whose preview failed is not tried again for
/// <see cref="PdfPreviewOptions.RetryFailedAfterMinutes"/> on this node; a PDF that made pdftoppm fail is not then
/// given to the in-process parser: the child process exists precisely so that such files are not parsed here.
/// </summary>
public sealed partial class DocumentPreviews(
    DocumentStore store,
    PdfPageRenderer renderer,
    PdfTextExtractor textExtractor,
    IImageSanitizer images,
    IOptions<PdfPreviewOptions> options,
    TimeProvider clock,
    ILogger<DocumentPreviews> logger)
{
    /// <summary>Longest side of the small preview, as the thumbnails of scans (<see cref="DocumentIntake.ThumbnailSide"/>).</summary>
    public const int SmallSide = DocumentIntake.ThumbnailSide;

    private const int MaxRemembered = 10_000;

    private readonly SemaphoreSlim renders = new(Math.Max(1, options.Value.MaxConcurrentRenders));
    private readonly ConcurrentDictionary<string, DateTimeOffset> failedUntil = new(StringComparer.Ordinal);

    /// <summary>PDFs that a recruiter may download; nothing else gets a preview.</summary>
    public static bool Applies(ApplicationDocument document) =>
        document.FileType == FileType.Pdf && CandidateSelfService.Downloadable(document);

    /// <summary>
    /// The preview of each PDF of a candidate file. Missing ones are made now, one after the other, within
    /// <see cref="PdfPreviewOptions.PageBudgetSeconds"/>; an image still missing when the budget runs out is left to
    /// the preview handler (its &lt;img&gt; makes it).
    /// </summary>
    public async Task<Dictionary<Guid, DocumentPreview>> PrepareAsync(IEnumerable<ApplicationDocument> documents, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, DocumentPreview>();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.PageBudgetSeconds)));   // a response time, so real time
        foreach (var document in documents.Where(Applies))
        {
            result[document.Id] = await PreviewAsync(document, budget.Token, cancellationToken);
        }

        return result;
    }

    /// <summary>The image preview, made now when missing; null when there is none (then the handler answers 404).</summary>
    public async Task<Stream?> OpenImageAsync(ApplicationDocument document, bool small, CancellationToken cancellationToken)
    {
        if (!Applies(document) || !renderer.IsAvailable || !store.Exists(document.StoredName))
        {
            return null;
        }

        var kind = small ? PreviewKind.SmallImage : PreviewKind.Image;
        if (!store.PreviewExists(document.StoredName, kind) && (HasFailed(document) || await RenderAsync(document, cancellationToken) != PreviewOutcome.Done))
        {
            return null;
        }

        try
        {
            return store.OpenPreview(document.StoredName, kind);
        }
        catch (FileNotFoundException)
        {
            return null;   // deleted with its file between the check and the opening
        }
    }

    private async Task<DocumentPreview> PreviewAsync(ApplicationDocument document, CancellationToken budget, CancellationToken request)
    {
        if (!store.Exists(document.StoredName))
        {
            return DocumentPreview.Unavailable;
        }

        if (renderer.IsAvailable)
        {
            if (store.PreviewExists(document.StoredName, PreviewKind.SmallImage))
            {
                return DocumentPreview.Image;
            }

            if (HasFailed(document))
            {
                return DocumentPreview.Unavailable;
            }

            // Out of budget: the <img> of the page asks the handler, which makes it without the page's budget.
            var outcome = budget.IsCancellationRequested ? PreviewOutcome.Cancelled : await RenderAsync(document, budget);
            request.ThrowIfCancellationRequested();
            return outcome == PreviewOutcome.Failed ? DocumentPreview.Unavailable : DocumentPreview.Image;
        }

        if (ReadText(document) is { } cached)
        {
            return cached;
        }

        if (HasFailed(document) || budget.IsCancellationRequested)
        {
            return DocumentPreview.Unavailable;
        }

        var (textOutcome, text) = await textExtractor.ExtractFirstPageAsync(store.PathOf(document.StoredName), budget);
        request.ThrowIfCancellationRequested();
        if (textOutcome == PreviewOutcome.Failed)
        {
            RememberFailure(document);
        }

        if (textOutcome != PreviewOutcome.Done || text is null)
        {
            return DocumentPreview.Unavailable;
        }

        var content = text.PageCount.ToString(CultureInfo.InvariantCulture) + "\n" + text.Text;
        await store.SavePreviewAsync(document.StoredName, PreviewKind.Text, async (stream, ct) =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(content), ct);
            return true;
        }, request);
        return new DocumentPreview(PreviewState.Text, text.Text, text.PageCount);
    }

    /// <summary>Draws the page (one child process at a time per node), then the small copy from the drawn image.</summary>
    private async Task<PreviewOutcome> RenderAsync(ApplicationDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await renders.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return PreviewOutcome.Cancelled;
        }

        try
        {
            // Another request may have made it while this one waited.
            if (store.PreviewExists(document.StoredName, PreviewKind.SmallImage))
            {
                return PreviewOutcome.Done;
            }

            var outcome = PreviewOutcome.Failed;
            await store.SavePreviewAsync(document.StoredName, PreviewKind.Image, async (stream, ct) =>
            {
                outcome = await renderer.RenderFirstPageAsync(store.PathOf(document.StoredName), stream, ct);
                return outcome == PreviewOutcome.Done;
            }, cancellationToken);
            if (outcome == PreviewOutcome.Done)
            {
                // The small one is made from the image the sanitiser wrote, never from poppler's output.
                var small = await store.SavePreviewAsync(document.StoredName, PreviewKind.SmallImage, async (stream, ct) =>
                {
                    await using var large = store.OpenPreview(document.StoredName, PreviewKind.Image);
                    return (await images.ThumbnailAsync(large, stream, SmallSide, ct)).Succeeded;
                }, cancellationToken);
                outcome = small ? PreviewOutcome.Done : PreviewOutcome.Failed;
            }

            if (outcome == PreviewOutcome.Failed)
            {
                RememberFailure(document);
                LogNoPreview(logger, document.Id);
            }

            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return PreviewOutcome.Cancelled;
        }
        catch (FileNotFoundException)
        {
            return PreviewOutcome.Failed;   // the file was deleted (erased, rescanned infected) while it was drawn
        }
        finally
        {
            renders.Release();
        }
    }

    private DocumentPreview? ReadText(ApplicationDocument document)
    {
        if (!store.PreviewExists(document.StoredName, PreviewKind.Text))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(store.OpenPreview(document.StoredName, PreviewKind.Text), Encoding.UTF8);
            var pages = int.TryParse(reader.ReadLine(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
            return new DocumentPreview(PreviewState.Text, reader.ReadToEnd(), pages);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private bool HasFailed(ApplicationDocument document) =>
        failedUntil.TryGetValue(document.StoredName, out var until) && until > clock.GetUtcNow();

    private void RememberFailure(ApplicationDocument document)
    {
        if (failedUntil.Count >= MaxRemembered)
        {
            failedUntil.Clear();   // a flood of broken files costs a retry each, not unbounded memory
        }

        failedUntil[document.StoredName] = clock.GetUtcNow().AddMinutes(Math.Max(1, options.Value.RetryFailedAfterMinutes));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No first-page preview for document {Document}; the candidate file shows \"preview unavailable\".")]
    private static partial void LogNoPreview(ILogger logger, Guid document);
}
