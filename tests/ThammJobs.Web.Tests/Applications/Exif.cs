namespace ThammJobs.Web.Tests.Applications;

internal static class Exif
{
    /// <summary>Whether an image carries an EXIF profile (GPS position, camera…).</summary>
    public static bool Present(byte[] image) => SixLabors.ImageSharp.Image.Identify(image)?.Metadata.ExifProfile is not null;
}
