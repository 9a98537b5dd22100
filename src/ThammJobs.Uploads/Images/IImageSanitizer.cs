namespace ThammJobs.Uploads.Images;

/// <summary>Decodes a JPEG or PNG within bounded memory and writes it again without any metadata (EXIF/GPS, IPTC, XMP, ICC).</summary>
public interface IImageSanitizer
{
    /// <summary>Re-encodes <paramref name="input"/> in its own format into <paramref name="output"/>; refuses oversize or corrupt images.</summary>
    Task<ImageResult> SanitizeAsync(Stream input, FileType type, Stream output, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="SanitizeAsync"/> and <see cref="ThumbnailAsync"/> from one decode: a 12-megapixel scan takes over
    /// 100 MB of native memory to decode, so decoding it once instead of twice halves the peak.
    /// </summary>
    Task<ImageResult> SanitizeWithThumbnailAsync(Stream input, FileType type, Stream output, Stream thumbnail, int maxSide, CancellationToken cancellationToken);

    /// <summary>A small JPEG preview for recruiters (longest side <paramref name="maxSide"/> pixels).</summary>
    Task<ImageResult> ThumbnailAsync(Stream input, Stream output, int maxSide, CancellationToken cancellationToken);
}

/// <summary>Null <see cref="RefusalCode"/> means success; width and height are those of the written image.</summary>
public sealed record ImageResult(string? RefusalCode, int Width, int Height)
{
    public bool Succeeded => RefusalCode is null;
}
