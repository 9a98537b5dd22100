using System.Globalization;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ThammJobs.Applications.Generation;

/// <summary>Small, valid documents for generated applications: one-page PDFs and scanned-looking images.</summary>
internal static class SampleDocuments
{
    /// <summary>A one-page PDF with a few lines of text (Helvetica, so Latin letters only: accents are dropped).</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var text = new StringBuilder("BT /F1 14 Tf 60 780 Td 18 TL\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(Escape(Ascii(line))).Append(") Tj T*\n");
        }

        text.Append("ET");
        var content = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];

        // Offsets in the cross-reference table must be exact byte positions.
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A "scan": pale paper with grey text-like bars; JPEG or PNG, and a 320 px JPEG thumbnail as intake makes.</summary>
    public static (byte[] Image, byte[] Thumbnail) Scan(Random random, bool png)
    {
        using var image = new Image<Rgb24>(800, 566, new Rgb24(250, 248, 240));
        for (var line = 0; line < 14; line++)
        {
            var y = 60 + (line * 34);
            var width = random.Next(300, 700);
            for (var dy = 0; dy < 8; dy++)
            {
                for (var x = 50; x < 50 + width; x++)
                {
                    var shade = (byte)random.Next(70, 130);
                    image[x, y + dy] = new Rgb24(shade, shade, shade);
                }
            }
        }

        using var full = new MemoryStream();
        if (png)
        {
            image.SaveAsPng(full);
        }
        else
        {
            image.SaveAsJpeg(full);
        }

        using var thumbnail = image.Clone(x => x.Resize(320, 0));
        using var small = new MemoryStream();
        thumbnail.SaveAsJpeg(small);
        return (full.ToArray(), small.ToArray());
    }

    private static string Ascii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => c < 128 && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
