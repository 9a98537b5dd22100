using Microsoft.Extensions.Options;

namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// The inspection every upload goes through: size, type from the content signature (never the name), the
/// allow-list, then the type's own checks (container, PDF or image header). Refusals are codes from
/// <see cref="RefusalCodes"/>; the file is never modified.
/// </summary>
public sealed class FileInspector : IFileInspector
{
    private readonly UploadOptions _options;
    private readonly ZipContainerInspector _zip;
    private readonly PdfInspector _pdf;
    private readonly ImageInspector _images;

    public FileInspector(IOptions<UploadOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _zip = new ZipContainerInspector(_options);
        _pdf = new PdfInspector(_options);
        _images = new ImageInspector(_options);
    }

    public async Task<InspectionResult> InspectAsync(Stream content, IReadOnlySet<FileType> allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(allowed);

        Stream seekable = content;
        MemoryStream? buffered = null;
        try
        {
            if (!content.CanSeek)
            {
                // The contract promises a seekable temporary file; a plain network stream is buffered within the limit.
                buffered = await BoundedBuffer.ReadAsync(content, _options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
                if (buffered is null)
                {
                    return InspectionResult.Refuse(RefusalCodes.TooLarge);
                }

                seekable = buffered;
            }

            return await InspectSeekableAsync(seekable, allowed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (buffered is not null)
            {
                await buffered.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<InspectionResult> InspectSeekableAsync(Stream seekable, IReadOnlySet<FileType> allowed, CancellationToken cancellationToken)
    {
        long length = seekable.Length;
        if (length == 0)
        {
            return InspectionResult.Refuse(RefusalCodes.Empty);
        }

        if (length > _options.MaxFileBytes)
        {
            return InspectionResult.Refuse(RefusalCodes.TooLarge);
        }

        var head = new byte[(int)Math.Min(length, ContentSignatures.HeaderBytes)];
        seekable.Position = 0;
        await seekable.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);

        switch (ContentSignatures.Detect(head))
        {
            case ContentSignature.Executable:
                return InspectionResult.Refuse(RefusalCodes.Executable);
            case ContentSignature.Zip:
                // ZIP inspection is CPU-bound and synchronous (System.IO.Compression reads synchronously).
                return _zip.Inspect(seekable, allowed, cancellationToken);
            case ContentSignature.Pdf:
                if (!allowed.Contains(FileType.Pdf))
                {
                    return InspectionResult.Refuse(RefusalCodes.TypeNotAllowed, FileType.Pdf);
                }

                // One read of at most MaxFileBytes into a reused array; inflated streams are scanned through a small
                // window (see ScanBuffers and PdfScanner).
                var data = ScanBuffers.Rent((int)length);
                try
                {
                    seekable.Position = 0;
                    await seekable.ReadExactlyAsync(data.AsMemory(0, (int)length), cancellationToken).ConfigureAwait(false);
                    return _pdf.Inspect(data, (int)length, cancellationToken);
                }
                finally
                {
                    ScanBuffers.Return(data);
                }
            case ContentSignature.Jpeg:
                return InspectImage(seekable, FileType.Jpeg, allowed);
            case ContentSignature.Png:
                return InspectImage(seekable, FileType.Png, allowed);
            default:
                return InspectionResult.Refuse(RefusalCodes.Unrecognised);
        }
    }

    private InspectionResult InspectImage(Stream seekable, FileType type, IReadOnlySet<FileType> allowed) =>
        allowed.Contains(type) ? _images.Inspect(seekable, type) : InspectionResult.Refuse(RefusalCodes.TypeNotAllowed, type);
}
