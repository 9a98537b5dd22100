using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Memory;

namespace ThammJobs.Uploads.Images;

/// <summary>
/// The only ImageSharp configuration the uploads code uses. ImageSharp 2.1.13 still has unfixed advisories in the
/// TIFF codec and in ICC profile parsing: registering only the JPEG and PNG modules keeps TIFF (and every other
/// decoder) unreachable, and the allocation limit turns a decompression bomb into an exception instead of an
/// out-of-memory process.
/// </summary>
public static class RestrictedImageConfiguration
{
    public static Configuration Create(int memoryLimitMegabytes)
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule())
        {
            // The pool keeps at most 16 MB between images: a burst of scans must not leave the process hundreds of
            // megabytes larger for good (measured by bench/uploads.sh).
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = memoryLimitMegabytes, MaximumPoolSizeMegabytes = 16 }),
            // Two cores are shared by the whole site: one image must not take them all.
            MaxDegreeOfParallelism = 1,
        };
        return configuration;
    }
}
