using System.IO.Compression;
using System.Text;

namespace ThammJobs.Testing.Files;

/// <summary>
/// PDFs written byte by byte (with a correct cross-reference table), so tests and benchmarks need no binary files.
/// Every document has a catalog (1), a page tree (2), one page (3), a font (4) and a Flate-compressed content stream (5);
/// the variants add objects from 6 on or entries to the catalog.
/// </summary>
public static class PdfFixtures
{
    /// <summary>A one-page PDF of about <paramref name="approximateBytes"/> bytes (at least ~900): the page's content
    /// stream is real text-drawing operators, Flate-compressed, padded with pseudo-random text until the size fits.</summary>
    public static byte[] Valid(int approximateBytes = 2048) => Document(ContentStream(approximateBytes - 700));

    /// <summary>Document-level JavaScript run when the file opens.</summary>
    public static byte[] WithJavaScript() =>
        Document(SmallContent(), catalogExtras: "/OpenAction 6 0 R", extraObjects: [Ascii("<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\);) >>")]);

    /// <summary>The same action with its names hex-escaped (<c>/J#61vaScript</c>, <c>/J#53</c>), which viewers decode.</summary>
    public static byte[] WithHexEscapedJavaScript() =>
        Document(SmallContent(), catalogExtras: "/OpenAction 6 0 R", extraObjects: [Ascii("<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\);) >>")]);

    /// <summary>The JavaScript action hidden in a Flate-compressed object stream: the raw file never contains the word.</summary>
    public static byte[] WithJavaScriptInObjectStream()
    {
        byte[] objects = Ascii("7 0 << /Type /Action /S /JavaScript /JS (app.alert\\(1\\);) >>");
        const int first = 4; // "7 0 " is the header listing object numbers and offsets.
        return Document(SmallContent(), catalogExtras: "/OpenAction 7 0 R", extraObjects: [Stream($"/Type /ObjStm /N 1 /First {first} /Filter /FlateDecode", Deflate(objects))]);
    }

    /// <summary>A launch action starting a program.</summary>
    public static byte[] WithLaunch() =>
        Document(SmallContent(), catalogExtras: "/OpenAction 6 0 R", extraObjects: [Ascii("<< /Type /Action /S /Launch /F (cmd.exe) >>")]);

    /// <summary>An attached file (embedded file stream listed in the name tree).</summary>
    public static byte[] WithEmbeddedFile() =>
        Document(
            SmallContent(),
            catalogExtras: "/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>",
            extraObjects:
            [
                Ascii("<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>"),
                Stream("/Type /EmbeddedFile", Ascii("MZ not really a program")),
            ]);

    /// <summary>A trailer naming an encryption dictionary (standard security handler).</summary>
    public static byte[] Encrypted() =>
        Document(
            SmallContent(),
            trailerExtras: "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]",
            extraObjects: [Ascii("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <00> /U <00> >>")]);

    /// <summary>An open action that only shows the first page (no script): accepted with a flag.</summary>
    public static byte[] WithOpenAction() => Document(SmallContent(), catalogExtras: "/OpenAction [3 0 R /Fit]");

    /// <summary>An interactive form without scripts: accepted with a flag.</summary>
    public static byte[] WithAcroForm() => Document(SmallContent(), catalogExtras: "/AcroForm << /Fields [] >>");

    /// <summary>A CV whose text says "HTML/JS/CSS" and "/JavaScript" inside strings: not names, so accepted.</summary>
    public static byte[] WithScriptWordsInText() =>
        Document(
            Stream("/Filter /FlateDecode", Deflate(Ascii("BT /F1 12 Tf 72 720 Td (Skills: HTML/JS/CSS, /JavaScript \\(ES2024\\)) Tj ET\n"))),
            catalogExtras: "/Lang (fr-FR)",
            trailerExtras: "/Info 6 0 R",
            extraObjects: [Ascii("<< /Title (Front-end developer HTML/JS/CSS) /Keywords <2F4A53> >>")]);

    /// <summary>A valid document cut before its %%EOF marker.</summary>
    public static byte[] WithoutEof()
    {
        byte[] valid = Valid();
        int eof = valid.AsSpan().LastIndexOf("%%EOF"u8);
        return valid[..eof];
    }

    /// <summary>A PDF header and an end marker with nothing between.</summary>
    public static byte[] WithoutObjects() => Ascii("%PDF-1.7\n% nothing here\ntrailer\n<< >>\n%%EOF\n");

    /// <summary>
    /// One page per entry, each showing its text in large letters; a page whose text is <c>"#"</c> is painted black
    /// all over instead (so an image of the first page can be told from one of the others).
    /// </summary>
    public static byte[] WithPages(params string[] pageTexts)
    {
        ArgumentNullException.ThrowIfNull(pageTexts);
        int pages = pageTexts.Length;
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{4 + (2 * i)} 0 R"));
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };
        for (int i = 0; i < pages; i++)
        {
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>"));
            string text = pageTexts[i];
            string operators = text == "#"
                ? "0 0 0 rg 0 0 595 842 re f\n"
                : "BT /F1 28 Tf 72 760 Td 34 TL " + string.Concat(text.Split('\n').Select(line => "(" + line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ") Tj T* ")) + "ET\n";
            objects.Add(Stream("/Filter /FlateDecode", Deflate(Ascii(operators))));
        }

        return Build(objects);
    }

    /// <summary>
    /// A small file (about 12 KB) whose one page is filled <paramref name="rectangles"/> times: a renderer spends
    /// minutes on it. What a hostile PDF does to a previewer without a time limit.
    /// </summary>
    public static byte[] SlowToDraw(int rectangles = 300_000)
    {
        var operators = new StringBuilder(rectangles * 17);
        for (int i = 0; i < rectangles; i++)
        {
            operators.Append("0 0 595 842 re f\n");
        }

        return Document(Stream("/Filter /FlateDecode", Deflate(Ascii(operators.ToString()))));
    }

    /// <summary>Objects and an end marker (the upload checks pass) but the trailer's root is not a catalog: no reader can show a page.</summary>
    public static byte[] WithoutPages() =>
        Build([Ascii("<< /Producer (nothing to show) >>"), Stream("/Filter /FlateDecode", Deflate(Ascii("BT ET\n")))]);

    /// <summary>A page of 200 × 200 inches (the largest PDF allows) with one line of text.</summary>
    public static byte[] WithHugePage() =>
        Build(
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Stream("/Filter /FlateDecode", Deflate(Ascii("BT /F1 900 Tf 400 12000 Td (Huge page) Tj ET\n"))),
        ]);

    /// <summary>Assembles a document: catalog extras go into object 1, trailer extras into the trailer, extra objects are numbered from 6.</summary>
    public static byte[] Document(byte[] contentStream, string catalogExtras = "", string trailerExtras = "", IReadOnlyList<byte[]>? extraObjects = null)
    {
        var objects = new List<byte[]>
        {
            Ascii($"<< /Type /Catalog /Pages 2 0 R {catalogExtras} >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            contentStream,
        };
        objects.AddRange(extraObjects ?? []);
        return Build(objects, trailerExtras);
    }

    /// <summary>Writes objects 1..n with a classic cross-reference table and a trailer whose root is object 1.</summary>
    public static byte[] Build(IReadOnlyList<byte[]> objects, string trailerExtras = "")
    {
        ArgumentNullException.ThrowIfNull(objects);
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.7\n");
        pdf.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']); // binary comment: marks the file as binary for transfer tools
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }

        long xref = pdf.Position;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(objects.Count + 1).Append('\n').Append("0000000000 65535 f \n");
        foreach (long offset in offsets)
        {
            table.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append("trailer\n<< /Size ").Append(objects.Count + 1).Append(" /Root 1 0 R ").Append(trailerExtras).Append(" >>\n")
            .Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        Write(pdf, table.ToString());
        return pdf.ToArray();
    }

    /// <summary>A stream object body: <c>&lt;&lt; entries /Length n &gt;&gt; stream ... endstream</c>.</summary>
    public static byte[] Stream(string dictionaryEntries, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var body = new MemoryStream();
        Write(body, $"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n");
        body.Write(data);
        Write(body, "\nendstream");
        return body.ToArray();
    }

    /// <summary>zlib (RFC 1950) compression, what /FlateDecode means.</summary>
    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] SmallContent() => Stream("/Filter /FlateDecode", Deflate(Ascii("BT /F1 24 Tf 72 720 Td (Curriculum vitae) Tj ET\n")));

    /// <summary>Text-drawing operators with pseudo-random words, compressed to about <paramref name="compressedBytes"/>.</summary>
    private static byte[] ContentStream(int compressedBytes)
    {
        int target = Math.Max(64, compressedBytes);
        int raw = target * 3;
        byte[] compressed = Deflate(TextOperators(raw));
        // Random words compress by a steady ratio: one correction lands close to the target.
        raw = (int)Math.Max(64, (long)raw * target / Math.Max(1, compressed.Length));
        compressed = Deflate(TextOperators(raw));
        return Stream("/Filter /FlateDecode", compressed);
    }

    private static byte[] TextOperators(int rawBytes)
    {
        var random = new Random(20_240_917);
        var text = new StringBuilder("BT /F1 10 Tf 14 TL 56 800 Td\n");
        while (text.Length < rawBytes)
        {
            text.Append('(');
            int words = random.Next(6, 12);
            for (int w = 0; w < words; w++)
            {
                int letters = random.Next(2, 10);
                for (int l = 0; l < letters; l++)
                {
                    text.Append((char)('a' + random.Next(26)));
                }

                text.Append(' ');
            }

            text.Append(") Tj T*\n");
        }

        text.Append("ET\n");
        return Ascii(text.ToString());
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
