using System.Text;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;

namespace ThammJobs.Uploads.Tests;

public sealed class ImageSanitizerTests
{
    private static readonly CancellationToken Cancellation = TestContext.Current.CancellationToken;

    private static ImageSanitizer Sanitizer(UploadOptions? options = null) => new(Options.Create(options ?? new UploadOptions()));

    [Fact]
    public async Task Jpeg_loses_exif_and_gps_but_keeps_its_size()
    {
        byte[] photo = ImageFixtures.JpegWithGpsExif(400, 300);
        Assert.NotNull(Image.Identify(photo).Metadata.ExifProfile); // the fixture really carries EXIF
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(photo), FileType.Jpeg, output, Cancellation);

        Assert.True(result.Succeeded, result.RefusalCode);
        Assert.Equal((400, 300), (result.Width, result.Height));
        byte[] cleaned = output.ToArray();
        var info = Image.Identify(cleaned, out var format);
        Assert.Equal(JpegFormat.Instance, format);
        Assert.Equal((400, 300), (info.Width, info.Height));
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Null(info.Metadata.XmpProfile);
        Assert.Null(info.Metadata.IccProfile);
        Assert.Null(info.Metadata.IptcProfile);
        Assert.Equal(-1, cleaned.AsSpan().IndexOf("Exif\0\0"u8));
    }

    [Fact]
    public async Task Png_loses_text_chunks_and_xmp()
    {
        byte[] png = ImageFixtures.PngWithTextAndXmp(120, 80);
        Assert.Contains("secret-creator", Encoding.Latin1.GetString(png), StringComparison.Ordinal);
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(png), FileType.Png, output, Cancellation);

        Assert.True(result.Succeeded, result.RefusalCode);
        byte[] cleaned = output.ToArray();
        string raw = Encoding.Latin1.GetString(cleaned);
        Assert.DoesNotContain("secret-creator", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("tEXt", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("iTXt", raw, StringComparison.Ordinal);
        var info = Image.Identify(cleaned, out var format);
        Assert.Equal(PngFormat.Instance, format);
        Assert.Equal((120, 80), (info.Width, info.Height));
    }

    [Fact]
    public async Task Exif_orientation_is_applied_to_the_pixels_before_exif_is_dropped()
    {
        // Stored 200×100 landscape, orientation 6: a viewer shows it as 100×200 portrait.
        byte[] photo = ImageFixtures.JpegWithOrientation(200, 100, orientation: 6);
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(photo), FileType.Jpeg, output, Cancellation);

        Assert.True(result.Succeeded, result.RefusalCode);
        Assert.Equal((100, 200), (result.Width, result.Height));
        var info = Image.Identify(output.ToArray());
        Assert.Equal((100, 200), (info.Width, info.Height));
        Assert.Null(info.Metadata.ExifProfile);
    }

    [Fact]
    public async Task Oversize_header_is_refused_without_decoding()
    {
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(ImageFixtures.PngHeaderClaiming(50_000, 50_000)), FileType.Png, output, Cancellation);

        Assert.Equal(RefusalCodes.ImageTooLarge, result.RefusalCode);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Truncated_jpeg_is_corrupt_not_an_exception()
    {
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(ImageFixtures.TruncatedJpeg()), FileType.Jpeg, output, Cancellation);

        Assert.Equal(RefusalCodes.ImageCorrupt, result.RefusalCode);
    }

    [Fact]
    public async Task Jpeg_cut_inside_its_pixel_data_is_corrupt_or_still_a_clean_image()
    {
        byte[] full = ImageFixtures.Jpeg(256, 256);
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(full[..(full.Length * 2 / 3)]), FileType.Jpeg, output, Cancellation);

        // ImageSharp, like browsers, may render a partial scan (grey bottom): either way, no exception escapes.
        Assert.True(result.RefusalCode is null or RefusalCodes.ImageCorrupt, result.RefusalCode);
        if (result.Succeeded)
        {
            Assert.Equal((256, 256), (result.Width, result.Height));
        }
    }

    [Fact]
    public async Task Declared_type_that_does_not_match_the_bytes_is_corrupt()
    {
        using var output = new MemoryStream();

        var result = await Sanitizer().SanitizeAsync(new MemoryStream(ImageFixtures.Png(20, 20)), FileType.Jpeg, output, Cancellation);

        Assert.Equal(RefusalCodes.ImageCorrupt, result.RefusalCode);
    }

    [Fact]
    public async Task Memory_limit_turns_a_large_decode_into_a_refusal()
    {
        // 3000×3000 RGBA needs ~36 MB; a 1 MB allocation limit cannot hold it.
        var options = new UploadOptions { ImageMemoryLimitMegabytes = 1 };
        using var output = new MemoryStream();

        var result = await Sanitizer(options).SanitizeAsync(new MemoryStream(ImageFixtures.Png(3000, 3000)), FileType.Png, output, Cancellation);

        Assert.Equal(RefusalCodes.ImageTooLarge, result.RefusalCode);
    }

    [Theory]
    [InlineData(1600, 1200, 256, 256, 192)]
    [InlineData(300, 900, 150, 50, 150)]
    [InlineData(100, 80, 256, 100, 80)] // never enlarged
    public async Task Thumbnail_fits_the_longest_side(int width, int height, int maxSide, int expectedWidth, int expectedHeight)
    {
        using var output = new MemoryStream();

        var result = await Sanitizer().ThumbnailAsync(new MemoryStream(ImageFixtures.JpegWithGpsExif(width, height)), output, maxSide, Cancellation);

        Assert.True(result.Succeeded, result.RefusalCode);
        Assert.Equal((expectedWidth, expectedHeight), (result.Width, result.Height));
        var info = Image.Identify(output.ToArray(), out var format);
        Assert.Equal(JpegFormat.Instance, format);
        Assert.Equal((expectedWidth, expectedHeight), (info.Width, info.Height));
        Assert.Null(info.Metadata.ExifProfile);
    }

    [Fact]
    public async Task Thumbnail_of_a_transparent_png_has_a_white_background()
    {
        using var transparent = new Image<Rgba32>(40, 40, new Rgba32(0, 0, 0, 0));
        using var png = new MemoryStream();
        await transparent.SaveAsPngAsync(png, Cancellation);
        png.Position = 0;
        using var output = new MemoryStream();

        var result = await Sanitizer().ThumbnailAsync(png, output, 20, Cancellation);

        Assert.True(result.Succeeded, result.RefusalCode);
        using var thumbnail = Image.Load<Rgb24>(output.ToArray());
        Assert.True(thumbnail[10, 10].R > 240 && thumbnail[10, 10].G > 240 && thumbnail[10, 10].B > 240, thumbnail[10, 10].ToString());
    }

    [Fact]
    public async Task Non_image_types_are_a_programming_error() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Sanitizer().SanitizeAsync(new MemoryStream(PdfFixtures.Valid()), FileType.Pdf, new MemoryStream(), Cancellation));
}
