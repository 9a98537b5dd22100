using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;
using static ThammJobs.Uploads.Tests.InspectorHarness;

namespace ThammJobs.Uploads.Tests;

public sealed class ImageInspectionTests
{
    [Fact]
    public async Task Jpeg_is_accepted_as_jpeg()
    {
        var result = await InspectAsync(ImageFixtures.Jpeg(320, 200));

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Jpeg, result.Type);
    }

    [Fact]
    public async Task Png_is_accepted_as_png()
    {
        var result = await InspectAsync(ImageFixtures.Png(64, 48));

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Png, result.Type);
    }

    [Fact]
    public async Task Tiny_png_claiming_50000_by_50000_is_refused_from_its_header()
    {
        byte[] png = ImageFixtures.PngHeaderClaiming(50_000, 50_000);
        Assert.True(png.Length < 300, $"fixture should be tiny, was {png.Length}");
        long before = GC.GetAllocatedBytesForCurrentThread();

        var result = await InspectAsync(png);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(RefusalCodes.ImageTooLarge, result.RefusalCode);
        Assert.Equal(FileType.Png, result.Type);
        // Decoding would need 50000 × 50000 × 3 bytes; identifying needs a few kilobytes.
        Assert.True(allocated < 50 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Theory]
    [InlineData(13_000, 10)] // too wide
    [InlineData(10, 13_000)] // too tall
    [InlineData(9_000, 9_000)] // 81 megapixels: each side fits, the area does not
    public async Task Each_dimension_limit_applies(int width, int height) =>
        Assert.Equal(RefusalCodes.ImageTooLarge, (await InspectAsync(ImageFixtures.PngHeaderClaiming(width, height))).RefusalCode);

    [Fact]
    public async Task Image_at_the_limits_passes_the_header_check()
    {
        var options = new UploadOptions { MaxImageWidth = 100, MaxImageHeight = 50, MaxImagePixels = 5_000 };

        Assert.True((await InspectAsync(ImageFixtures.PngHeaderClaiming(100, 50), options: options)).Accepted);
        Assert.Equal(RefusalCodes.ImageTooLarge, (await InspectAsync(ImageFixtures.PngHeaderClaiming(101, 50), options: options)).RefusalCode);
    }

    [Fact]
    public async Task Truncated_jpeg_is_corrupt() =>
        Assert.Equal(RefusalCodes.ImageCorrupt, (await InspectAsync(ImageFixtures.TruncatedJpeg())).RefusalCode);

    [Fact]
    public async Task Png_signature_alone_is_corrupt() =>
        Assert.Equal(RefusalCodes.ImageCorrupt, (await InspectAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])).RefusalCode);

    [Fact]
    public async Task Image_not_in_the_allow_list_is_refused_with_its_type()
    {
        var result = await InspectAsync(ImageFixtures.Jpeg(16, 16), Only(FileType.Png));

        Assert.Equal(RefusalCodes.TypeNotAllowed, result.RefusalCode);
        Assert.Equal(FileType.Jpeg, result.Type);
    }
}
