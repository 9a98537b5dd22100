using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Processing;
using ThammJobs.Uploads.Inspection;

namespace ThammJobs.Uploads.Images;

/// <summary>
/// Re-encodes JPEG/PNG uploads so that only pixels survive: the header is checked before any decoding, memory is
/// capped by the configuration's allocator, EXIF orientation is applied to the pixels before EXIF is dropped
/// (otherwise phone photos would turn sideways), and every metadata profile (EXIF with GPS, IPTC, XMP, ICC, PNG
/// text chunks) is removed before saving.
/// </summary>
public sealed class ImageSanitizer : IImageSanitizer
{
    private const int JpegQuality = 88;

    private readonly UploadOptions _options;
    private readonly Configuration _configuration;

    public ImageSanitizer(IOptions<UploadOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _configuration = RestrictedImageConfiguration.Create(_options.ImageMemoryLimitMegabytes);
    }

    public async Task<ImageResult> SanitizeAsync(Stream input, FileType type, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        IImageEncoder encoder = type switch
        {
            FileType.Jpeg => new JpegEncoder { Quality = JpegQuality },
            FileType.Png => new PngEncoder(),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only JPEG and PNG images are re-encoded."),
        };
        IImageFormat expectedFormat = type == FileType.Jpeg ? JpegFormat.Instance : PngFormat.Instance;

        return await ProcessAsync(input, output, expectedFormat, encoder, resizeTo: null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ImageResult> SanitizeWithThumbnailAsync(Stream input, FileType type, Stream output, Stream thumbnail, int maxSide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thumbnail);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 1);
        IImageEncoder encoder = type switch
        {
            FileType.Jpeg => new JpegEncoder { Quality = JpegQuality },
            FileType.Png => new PngEncoder(),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only JPEG and PNG images are re-encoded."),
        };
        IImageFormat expectedFormat = type == FileType.Jpeg ? JpegFormat.Instance : PngFormat.Instance;
        return await ProcessAsync(input, output, expectedFormat, encoder, resizeTo: null, cancellationToken, (thumbnail, maxSide)).ConfigureAwait(false);
    }

    public async Task<ImageResult> ThumbnailAsync(Stream input, Stream output, int maxSide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 1);
        return await ProcessAsync(input, output, expectedFormat: null, new JpegEncoder { Quality = JpegQuality }, maxSide, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<ImageResult> ProcessAsync(
        Stream input, Stream output, IImageFormat? expectedFormat, IImageEncoder encoder, int? resizeTo, CancellationToken cancellationToken,
        (Stream Output, int MaxSide)? thumbnail = null)
    {
        // Identify and decode both read from the start: a non-seekable stream is buffered once (bounded by the size limit).
        Stream seekable = input;
        MemoryStream? buffer = null;
        if (!input.CanSeek)
        {
            buffer = await BoundedBuffer.ReadAsync(input, _options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
            if (buffer is null)
            {
                return new ImageResult(RefusalCodes.TooLarge, 0, 0);
            }

            seekable = buffer;
        }

        try
        {
            long start = seekable.Position;
            string? refusal = ImageBounds.Check(_configuration, seekable, _options, out _);
            if (refusal is not null)
            {
                return new ImageResult(refusal, 0, 0);
            }

            seekable.Position = start;
            cancellationToken.ThrowIfCancellationRequested();
            // JPEG has no alpha: 3 bytes a pixel instead of 4 is a quarter less memory for a 12-megapixel scan.
            var (image, format) = expectedFormat == JpegFormat.Instance
                ? await LoadAsync<SixLabors.ImageSharp.PixelFormats.Rgb24>(seekable, cancellationToken).ConfigureAwait(false)
                : await LoadAsync<SixLabors.ImageSharp.PixelFormats.Rgba32>(seekable, cancellationToken).ConfigureAwait(false);
            using var imageLifetime = image;
            if (expectedFormat is not null && format != expectedFormat)
            {
                // The caller says JPEG but the bytes are PNG (or the reverse): the inspector should have caught it.
                return new ImageResult(RefusalCodes.ImageCorrupt, 0, 0);
            }

            image.Mutate(context =>
            {
                context.AutoOrient();
                if (resizeTo is int side && (image.Width > side || image.Height > side))
                {
                    context.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(side, side) });
                }

                if (encoder is JpegEncoder)
                {
                    // JPEG has no alpha: transparent PNG pixels would otherwise turn black in a thumbnail.
                    context.BackgroundColor(Color.White);
                }
            });
            MetadataStripper.Strip(image);

            cancellationToken.ThrowIfCancellationRequested();
            await image.SaveAsync(output, encoder, cancellationToken).ConfigureAwait(false);
            var result = new ImageResult(null, image.Width, image.Height);
            if (thumbnail is { } thumb)
            {
                // The full image is saved: it can now be shrunk in place for the preview.
                image.Mutate(context =>
                {
                    if (image.Width > thumb.MaxSide || image.Height > thumb.MaxSide)
                    {
                        context.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(thumb.MaxSide, thumb.MaxSide) });
                    }

                    context.BackgroundColor(Color.White);
                });
                await image.SaveAsync(thumb.Output, new JpegEncoder { Quality = JpegQuality }, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        catch (Exception exception) when (ImageBounds.IsImageFailure(exception))
        {
            return new ImageResult(
                exception is SixLabors.ImageSharp.Memory.InvalidMemoryOperationException ? RefusalCodes.ImageTooLarge : RefusalCodes.ImageCorrupt,
                0,
                0);
        }
        finally
        {
            if (buffer is not null)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<(Image Image, IImageFormat Format)> LoadAsync<TPixel>(Stream stream, CancellationToken cancellationToken)
        where TPixel : unmanaged, SixLabors.ImageSharp.PixelFormats.IPixel<TPixel>
    {
        var (image, format) = await Image.LoadWithFormatAsync<TPixel>(_configuration, stream, cancellationToken).ConfigureAwait(false);
        return (image, format);
    }
}
