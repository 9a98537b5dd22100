using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Uploads;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Inspection;
using ThammJobs.Uploads.Scanning;

namespace ThammJobs.Applications.Services;

/// <summary>
/// Takes one uploaded file through the whole pipeline before anything is kept: size limits, type by signature
/// against the document kind's allow-list, the type's own checks (macros, zip bombs, PDF active content, image
/// bounds), antivirus, images re-encoded without metadata plus a thumbnail; then the bytes are stored (temp,
/// flush, rename) and only then the row is committed to the draft. A refused file leaves nothing behind.
/// </summary>
public sealed class DocumentIntake(
    ThammJobsDbContext db,
    DocumentStore store,
    IFileInspector inspector,
    IImageSanitizer images,
    IVirusScanner scanner,
    TimeProvider clock,
    IOptions<UploadOptions> uploadOptions,
    IntakeGate gate,
    ILogger<DocumentIntake> logger)
{
    public const int ThumbnailSide = 320;

    public static readonly IReadOnlySet<FileType> DefaultTypes = new HashSet<FileType>(Enum.GetValues<FileType>());

    public async Task<IntakeResult> AcceptAsync(
        Stream content, long length, string originalName, RequiredDocument kind, Guid draftId, long bytesAlreadyAccepted, CancellationToken cancellationToken)
    {
        var limits = uploadOptions.Value;
        if (length == 0)
        {
            return IntakeResult.Refused(RefusalCodes.Empty);
        }

        if (length > limits.MaxFileBytes)
        {
            return IntakeResult.Refused(RefusalCodes.TooLarge);
        }

        if (bytesAlreadyAccepted + length > limits.MaxApplicationBytes)
        {
            return IntakeResult.Refused(IntakeCodes.ApplicationTooLarge);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return await ProcessAsync(content, originalName, kind, draftId, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IntakeResult> ProcessAsync(Stream content, string originalName, RequiredDocument kind, Guid draftId, CancellationToken cancellationToken)
    {
        var inspection = await inspector.InspectAsync(content, AllowedTypes(kind), cancellationToken);
        if (!inspection.Accepted)
        {
            return IntakeResult.Refused(inspection.RefusalCode!, inspection.Type);
        }

        var type = inspection.Type!.Value;
        content.Position = 0;
        var scan = await scanner.ScanAsync(content, cancellationToken);
        if (scan.Verdict == ScanVerdict.Infected)
        {
            logger.LogWarning("Refused an infected upload ({Signature}).", scan.Signature);
            return IntakeResult.Refused(RefusalCodes.Infected);
        }

        var written = new List<string>();
        try
        {
            content.Position = 0;
            StoredFile stored;
            string? thumbnail = null;
            if (type is FileType.Jpeg or FileType.Png)
            {
                var image = await StoreImageAsync(content, type, written, cancellationToken);
                if (image is null)
                {
                    return IntakeResult.Refused(RefusalCodes.ImageCorrupt, type);
                }

                (stored, thumbnail) = image.Value;
            }
            else
            {
                stored = await store.SaveAsync(content, cancellationToken);
                written.Add(stored.Name);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var document = new ApplicationDocument
            {
                Id = Guid.NewGuid(),
                DraftId = draftId,
                Kind = kind.Kind,
                OriginalName = SafeOriginalName(originalName),
                StoredName = stored.Name,
                ThumbnailName = thumbnail,
                FileType = type,
                ContentType = ContentTypeOf(type),
                Length = stored.Length,
                Sha256 = stored.Sha256,
                ScanStatus = scan.Verdict switch
                {
                    ScanVerdict.Clean => ScanStatus.Clean,
                    ScanVerdict.Unavailable => ScanStatus.AwaitingScan,
                    _ => ScanStatus.NotScanned,
                },
                ScannedUtc = scan.Verdict == ScanVerdict.Clean ? now : null,
                Flags = inspection.Flags.Count == 0 ? null : string.Join(',', inspection.Flags),
                UploadedUtc = now,
            };
            db.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            written.Clear();
            return IntakeResult.Stored(document);
        }
        finally
        {
            // Anything written but not committed (refusal, crash of the commit) goes now; a process crash leaves
            // an orphan for the sweep.
            foreach (var name in written)
            {
                store.Delete(name);
            }
        }
    }

    private async Task<(StoredFile Stored, string Thumbnail)?> StoreImageAsync(Stream content, FileType type, List<string> written, CancellationToken cancellationToken)
    {
        var clean = store.CreateTemp();
        var thumb = store.CreateTemp();
        var paths = new[] { clean.Name, thumb.Name };
        try
        {
            ThammJobs.Uploads.Images.ImageResult result;
            await gate.WaitForImageAsync(cancellationToken);
            try
            {
                result = await images.SanitizeWithThumbnailAsync(content, type, clean, thumb, ThumbnailSide, cancellationToken);
            }
            finally
            {
                gate.ReleaseImage();
            }

            if (!result.Succeeded)
            {
                return null;
            }

            clean.Position = 0;
            var stored = await store.SaveAsync(clean, cancellationToken);
            written.Add(stored.Name);
            thumb.Position = 0;
            var thumbnail = await store.SaveAsync(thumb, cancellationToken);
            written.Add(thumbnail.Name);
            return (stored, thumbnail.Name);
        }
        finally
        {
            await clean.DisposeAsync();
            await thumb.DisposeAsync();
            foreach (var path in paths)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Files of a draft the candidate asked to remove: the row first, then the bytes.</summary>
    public async Task RemoveAsync(Guid draftId, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }

        var documents = await db.Set<ApplicationDocument>()
            .Where(d => d.DraftId == draftId && d.ApplicationId == null && documentIds.Contains(d.Id))
            .ToListAsync(cancellationToken);
        db.RemoveRange(documents);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var document in documents)
        {
            store.Delete(document.StoredName);
            store.Delete(document.ThumbnailName);
        }
    }

    public static IReadOnlySet<FileType> AllowedTypes(RequiredDocument kind) =>
        kind.FileTypes.Count == 0
            ? DefaultTypes
            : kind.FileTypes.Select(t => Enum.Parse<FileType>(t, ignoreCase: true)).ToHashSet();

    public static string ContentTypeOf(FileType type) => type switch
    {
        FileType.Pdf => "application/pdf",
        FileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileType.Odt => "application/vnd.oasis.opendocument.text",
        FileType.Jpeg => "image/jpeg",
        FileType.Png => "image/png",
        _ => "application/octet-stream",
    };

    /// <summary>The candidate's own name for the file, kept as text (Arabic and Cyrillic intact), never as a path.</summary>
    public static string SafeOriginalName(string name)
    {
        var fileName = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = new string(fileName.Where(c => !char.IsControl(c) && c is not ('\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069')).ToArray()).Trim().TrimStart('.');
        if (cleaned.Length == 0)
        {
            cleaned = "document";
        }

        return cleaned.Length <= 255 ? cleaned : cleaned[..200] + cleaned[^50..];
    }
}

public static class IntakeCodes
{
    public const string ApplicationTooLarge = "application-too-large";
    public const string TooManyFiles = "too-many-files";
    public const string Missing = "missing";
}

public sealed record IntakeResult(ApplicationDocument? Document, string? RefusalCode, FileType? DetectedType)
{
    public static IntakeResult Stored(ApplicationDocument document) => new(document, null, document.FileType);

    public static IntakeResult Refused(string code, FileType? type = null) => new(null, code, type);
}
