using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Processing;
using ThammJobs.Content.Models;
using ThammJobs.Uploads;
using ThammJobs.Uploads.Images;

namespace ThammJobs.Content.Media;

/// <summary>
/// A profile's variant of an image, made on its first request and then served from the disk cache on every
/// node (the files are on the shared folder). The source is the stored original, already checked and re-encoded
/// without metadata at upload; decoding still goes through the restricted ImageSharp configuration (JPEG and PNG
/// only, bounded memory), and one variant at a time is made in this process (two cores serve the whole site).
/// </summary>
public sealed class MediaVariants(MediaStore store, IOptions<MediaOptions> options, IOptions<UploadOptions> uploadOptions)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly Configuration configuration = RestrictedImageConfiguration.Create(uploadOptions.Value.ImageMemoryLimitMegabytes);

    /// <summary>Variants made by this process since it started (tests check that a second request reads the cache).</summary>
    public int Generated => generated;

    private int generated;

    public MediaProfile? Profile(string name) => options.Value.Profiles.GetValueOrDefault(name);

    /// <summary>The variant's file, made if it is not on disk yet.</summary>
    public async Task<string> GetOrCreateAsync(MediaItem item, string profileName, MediaProfile profile, CancellationToken cancellationToken)
    {
        var path = store.VariantPath(item.Id, profileName, profile);
        if (File.Exists(path))
        {
            return path;
        }

        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Made by another request (or node) while this one waited.
            if (File.Exists(path))
            {
                return path;
            }

            var temp = MediaStore.TempBeside(path);
            try
            {
                await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                {
                    await WriteAsync(store.OriginalPath(item.StoredName), profile, output, cancellationToken);
                    await output.FlushAsync(cancellationToken);
                    output.Flush(flushToDisk: true);
                }

                MediaStore.Publish(temp, path);
                Interlocked.Increment(ref generated);
            }
            finally
            {
                File.Delete(temp);
            }

            return path;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task WriteAsync(string originalPath, MediaProfile profile, Stream output, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(originalPath);
        using var image = await Image.LoadAsync<SixLabors.ImageSharp.PixelFormats.Rgba32>(configuration, input, cancellationToken);
        var (width, height) = profile.Fit(image.Width, image.Height);
        IImageEncoder encoder = profile.Format == "png" ? new PngEncoder() : new JpegEncoder { Quality = profile.Quality };
        image.Mutate(context =>
        {
            if (width != image.Width || height != image.Height)
            {
                context.Resize(width, height);
            }

            if (encoder is JpegEncoder)
            {
                // JPEG has no alpha: transparent logo pixels would otherwise turn black.
                context.BackgroundColor(Color.White);
            }
        });
        // The original has no metadata already; a variant must not carry any either, whatever the source.
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
        await image.SaveAsync(output, encoder, cancellationToken);
    }
}
