using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThammJobs.Testing.Files;

/// <summary>JPEG and PNG files generated with ImageSharp (photo-like gradients with noise, so sizes are realistic).</summary>
public static class ImageFixtures
{
    /// <summary>Quality-90 JPEG without metadata.</summary>
    public static byte[] Jpeg(int width, int height) => Encode(Picture(width, height), new JpegEncoder { Quality = 90 });

    /// <summary>PNG (RGB) without metadata.</summary>
    public static byte[] Png(int width, int height) => Encode(Picture(width, height), new PngEncoder());

    /// <summary>A phone photo: EXIF with camera model and GPS position (Rabat, 34.02 N 6.84 W).</summary>
    public static byte[] JpegWithGpsExif(int width, int height)
    {
        using var image = Picture(width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Model, "Phone 12");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(34, 1), new Rational(1, 1), new Rational(1234, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(6, 1), new Rational(50, 1), new Rational(3456, 100)]);
        image.Metadata.ExifProfile = exif;
        return Encode(image, new JpegEncoder { Quality = 90 });
    }

    /// <summary>A JPEG whose pixels are stored <paramref name="width"/>×<paramref name="height"/> with an EXIF orientation (6 = rotate 90° clockwise to display).</summary>
    public static byte[] JpegWithOrientation(int width, int height, ushort orientation)
    {
        using var image = Picture(width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, orientation);
        image.Metadata.ExifProfile = exif;
        return Encode(image, new JpegEncoder { Quality = 90 });
    }

    /// <summary>A PNG with tEXt/iTXt chunks (author, comment) and an XMP packet.</summary>
    public static byte[] PngWithTextAndXmp(int width, int height)
    {
        using var image = Picture(width, height);
        var png = image.Metadata.GetPngMetadata();
        png.TextData.Add(new PngTextData("Author", "Amina El Idrissi", string.Empty, string.Empty));
        png.TextData.Add(new PngTextData("Comment", "تعليق سري", "ar", "Comment"));
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="secret-creator"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"""));
        return Encode(image, new PngEncoder());
    }

    /// <summary>
    /// A tiny (well under 300 bytes) but well-formed PNG whose header claims <paramref name="width"/>×<paramref name="height"/>:
    /// decoding it would allocate width×height pixels, identifying it must not.
    /// </summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        WriteChunk(png, "IHDR", header);
        using (var deflated = new MemoryStream())
        {
            using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(new byte[64]);
            }

            WriteChunk(png, "IDAT", deflated.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A JPEG cut after <paramref name="keptBytes"/> bytes (default: in the middle of its headers).</summary>
    public static byte[] TruncatedJpeg(int keptBytes = 100) => Jpeg(64, 64)[..keptBytes];

    private static Image<Rgb24> Picture(int width, int height)
    {
        var image = new Image<Rgb24>(width, height);
        var random = new Random(width * 31 + height);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    int noise = random.Next(-12, 13);
                    row[x] = new Rgb24(
                        (byte)Math.Clamp(x * 255 / Math.Max(1, width) + noise, 0, 255),
                        (byte)Math.Clamp(y * 255 / Math.Max(1, height) + noise, 0, 255),
                        (byte)Math.Clamp(128 + noise * 4, 0, 255));
                }
            }
        });
        return image;
    }

    private static byte[] Encode(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    /// <summary>PNG chunk CRC (ISO 3309), bitwise: fixtures are tiny, no package needed.</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
