using SixLabors.ImageSharp;

namespace ThammJobs.Uploads.Images;

/// <summary>Header-only checks shared by the inspector and the sanitizer: nothing is decoded here.</summary>
internal static class ImageBounds
{
    /// <summary>Reads only the header (Image.Identify) and returns a refusal code, or null when the image may be decoded.</summary>
    public static string? Check(Configuration configuration, Stream seekable, UploadOptions options, out IImageInfo? info)
    {
        info = null;
        try
        {
            info = Image.Identify(configuration, seekable);
        }
        catch (Exception exception) when (IsImageFailure(exception))
        {
            return Inspection.RefusalCodes.ImageCorrupt;
        }

        if (info is null || info.Width <= 0 || info.Height <= 0)
        {
            return Inspection.RefusalCodes.ImageCorrupt;
        }

        return IsTooLarge(info.Width, info.Height, options) ? Inspection.RefusalCodes.ImageTooLarge : null;
    }

    public static bool IsTooLarge(int width, int height, UploadOptions options) =>
        width > options.MaxImageWidth || height > options.MaxImageHeight || (long)width * height > options.MaxImagePixels;

    /// <summary>What ImageSharp throws for bad data or the allocation limit; other exceptions are bugs and propagate.</summary>
    public static bool IsImageFailure(Exception exception) =>
        exception is ImageFormatException // includes UnknownImageFormatException and InvalidImageContentException
            or SixLabors.ImageSharp.Memory.InvalidMemoryOperationException
            or InvalidDataException
            or EndOfStreamException
            or IndexOutOfRangeException
            or ArgumentOutOfRangeException
            or NotSupportedException;
}
