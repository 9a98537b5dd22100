using SixLabors.ImageSharp;
using ThammJobs.Uploads.Images;

namespace ThammJobs.Uploads.Inspection;

/// <summary>Reads only the image header (no pixel is decoded here): oversize and unidentifiable images are refused.</summary>
internal sealed class ImageInspector(UploadOptions options)
{
    // Identify allocates little, but the same limits as the sanitizer keep the two consistent.
    private readonly Configuration _configuration = RestrictedImageConfiguration.Create(options.ImageMemoryLimitMegabytes);

    public InspectionResult Inspect(Stream seekable, FileType type)
    {
        seekable.Position = 0;
        string? refusal = ImageBounds.Check(_configuration, seekable, options, out _);
        return refusal is null ? InspectionResult.Accept(type) : InspectionResult.Refuse(refusal, type);
    }
}
