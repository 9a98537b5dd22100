using SixLabors.ImageSharp;

namespace ThammJobs.Uploads.Images;

/// <summary>
/// Removes every metadata profile before an image is written again: encoders copy whatever the metadata holds, so
/// re-encoding alone would keep GPS coordinates. The ICC profile is dropped without reading its entries (entry
/// parsing is where ImageSharp 2.x still has an unfixed advisory).
/// </summary>
internal static class MetadataStripper
{
    public static void Strip(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.IptcProfile = null;
        metadata.XmpProfile = null;
        metadata.IccProfile = null;
        // PNG tEXt/zTXt/iTXt chunks (author, comments, software...).
        metadata.GetPngMetadata().TextData.Clear();

        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }
}
