using System.Buffers.Binary;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ThammJobs.Testing.Files;

/// <summary>DOCX, ODT and other ZIPs built with <see cref="ZipArchive"/> in memory (no binary files in the repository).</summary>
public static class OfficeFixtures
{
    private const string ContentTypesXml =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{0}"/></Types>""";

    private const string WordMainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string MacroEnabledMainContentType = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private const string RootRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A Word document of about <paramref name="approximateBytes"/> bytes: real WordprocessingML paragraphs
    /// (French, Arabic and pseudo-random words) compressed in word/document.xml.</summary>
    public static byte[] Docx(int approximateBytes = 4096) => DocxWith(approximateBytes, WordMainContentType, extraEntries: null);

    /// <summary>A DOCX carrying a VBA project part (word/vbaProject.bin), even though its content type is the plain one.</summary>
    public static byte[] DocxWithVbaProject() =>
        DocxWith(4096, WordMainContentType, extraEntries: [("word/vbaProject.bin", Encoding.ASCII.GetBytes("\u00d0\u00cf\u0011\u00e0 fake OLE VBA storage"))]);

    /// <summary>A document whose main part is declared macro-enabled (a renamed .docm), without a vbaProject.bin entry.</summary>
    public static byte[] DocxWithMacroEnabledContentType() => DocxWith(4096, MacroEnabledMainContentType, extraEntries: null);

    /// <summary>An OpenDocument text of about <paramref name="approximateBytes"/> bytes (mimetype first and stored, as ODF requires).</summary>
    public static byte[] Odt(int approximateBytes = 4096) => OdtWith(approximateBytes, extraEntries: null);

    /// <summary>An ODT with a StarBasic library under Basic/.</summary>
    public static byte[] OdtWithBasicMacros() =>
        OdtWith(4096, extraEntries:
        [
            ("Basic/script-lc.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><library:libraries xmlns:library="http://openoffice.org/2000/library"/>""")),
            ("Basic/Standard/Module1.xml", Encoding.UTF8.GetBytes("Sub Main\n Shell(\"calc.exe\")\nEnd Sub")),
        ]);

    /// <summary>A DOCX with an entry of <paramref name="inflatedMegabytes"/> MB of zeros (compresses about 1000:1).</summary>
    public static byte[] ZipBomb(int inflatedMegabytes = 50) =>
        DocxWith(4096, WordMainContentType, extraEntries: [("word/media/zeros.bin", new byte[inflatedMegabytes * 1024 * 1024])]);

    /// <summary>
    /// A DOCX whose word/media/blob.bin holds 20 MB of zeros but declares 1 MB uncompressed in both the local header
    /// and the central directory: the declared ratio looks harmless, only inflating reveals the bomb.
    /// </summary>
    public static byte[] DocxWithUnderstatedEntrySize()
    {
        const string name = "word/media/blob.bin";
        byte[] zip = DocxWith(4096, WordMainContentType, extraEntries: [(name, new byte[20 * 1024 * 1024])]);
        PatchUncompressedSize(zip, name, 1024 * 1024);
        return zip;
    }

    /// <summary>A plain ZIP with <paramref name="count"/> tiny text entries.</summary>
    public static byte[] ZipWithEntries(int count) =>
        Zip(Enumerable.Range(0, count).Select(i => ($"f/{i}.txt", Encoding.ASCII.GetBytes("x"))).ToArray());

    /// <summary>A small ZIP whose end-of-central-directory record claims <paramref name="declared"/> entries (at most 65,534).</summary>
    public static byte[] ZipDeclaringEntries(ushort declared)
    {
        byte[] zip = ZipWithEntries(1);
        int end = zip.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 8), declared);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 10), declared);
        return zip;
    }

    /// <summary>An ordinary ZIP of text files: not a document.</summary>
    public static byte[] PlainZip() =>
        Zip(("readme.txt", Encoding.UTF8.GetBytes("Bonjour / مرحبا")), ("data/values.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n")));

    /// <summary>A Java archive (manifest and a class file).</summary>
    public static byte[] Jar() =>
        Zip(
            ("META-INF/MANIFEST.MF", Encoding.ASCII.GetBytes("Manifest-Version: 1.0\r\nMain-Class: Main\r\n")),
            ("Main.class", [0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x41]));

    /// <summary>A valid DOCX cut in half: the central directory is gone.</summary>
    public static byte[] TruncatedDocx()
    {
        byte[] docx = Docx(8192);
        return docx[..(docx.Length / 2)];
    }

    /// <summary>A ZIP with the given entries (deflated).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static byte[] DocxWith(int approximateBytes, string mainContentType, (string Name, byte[] Content)[]? extraEntries)
    {
        byte[] Build(int paragraphs)
        {
            var entries = new List<(string, byte[])>
            {
                ("[Content_Types].xml", Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, ContentTypesXml, mainContentType))),
                ("_rels/.rels", Encoding.UTF8.GetBytes(RootRelationships)),
                ("word/document.xml", Encoding.UTF8.GetBytes(WordDocument(paragraphs))),
            };
            entries.AddRange(extraEntries ?? []);
            return Zip([.. entries]);
        }

        return SizedTo(approximateBytes, Build);
    }

    private static byte[] OdtWith(int approximateBytes, (string Name, byte[] Content)[]? extraEntries)
    {
        byte[] Build(int paragraphs)
        {
            using var output = new MemoryStream();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                // ODF: "mimetype" first, stored (uncompressed), so that its content sits at a fixed offset.
                Add(archive, "mimetype", Encoding.ASCII.GetBytes("application/vnd.oasis.opendocument.text"), CompressionLevel.NoCompression);
                Add(archive, "META-INF/manifest.xml", Encoding.UTF8.GetBytes(
                    """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""),
                    CompressionLevel.Optimal);
                Add(archive, "content.xml", Encoding.UTF8.GetBytes(OdfContent(paragraphs)), CompressionLevel.Optimal);
                foreach (var (name, content) in extraEntries ?? [])
                {
                    Add(archive, name, content, CompressionLevel.Optimal);
                }
            }

            return output.ToArray();
        }

        return SizedTo(approximateBytes, Build);
    }

    private static void Add(ZipArchive archive, string name, byte[] content, CompressionLevel level)
    {
        var entry = archive.CreateEntry(name, level);
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>Builds with a guessed paragraph count, then scales it once by the measured size.</summary>
    private static byte[] SizedTo(int approximateBytes, Func<int, byte[]> build)
    {
        byte[] small = build(1);
        byte[] probe = build(40);
        double perParagraph = Math.Max(1.0, (probe.Length - small.Length) / 39.0);
        int paragraphs = Math.Max(1, (int)((approximateBytes - small.Length) / perParagraph) + 1);
        return build(paragraphs);
    }

    private static string WordDocument(int paragraphs)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
        foreach (string text in Paragraphs(paragraphs))
        {
            xml.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(text)).Append("</w:t></w:r></w:p>");
        }

        return xml.Append("</w:body></w:document>").ToString();
    }

    private static string OdfContent(int paragraphs)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>""");
        foreach (string text in Paragraphs(paragraphs))
        {
            xml.Append("<text:p>").Append(SecurityElement.Escape(text)).Append("</text:p>");
        }

        return xml.Append("</office:text></office:body></office:document-content>").ToString();
    }

    private static IEnumerable<string> Paragraphs(int count)
    {
        var random = new Random(7_391);
        string[] words = ["expérience", "ingénieure", "compétences", "مهندسة", "خبرة", "مشروع", "Rabat", "Lyon", "gestion", "équipe"];
        for (int p = 0; p < count; p++)
        {
            var text = new StringBuilder();
            for (int w = 0; w < 30; w++)
            {
                if (random.Next(3) == 0)
                {
                    text.Append(words[random.Next(words.Length)]);
                }
                else
                {
                    for (int l = random.Next(2, 9); l > 0; l--)
                    {
                        text.Append((char)('a' + random.Next(26)));
                    }
                }

                text.Append(' ');
            }

            yield return text.ToString();
        }
    }

    /// <summary>Rewrites the uncompressed size of entry <paramref name="name"/> in its central directory record and local header.</summary>
    private static void PatchUncompressedSize(byte[] zip, string name, uint size)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        var span = zip.AsSpan();
        for (int at = 0; at + 46 <= span.Length; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) != 0x02014b50)
            {
                continue;
            }

            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
            if (!span.Slice(at + 46, nameLength).SequenceEqual(nameBytes))
            {
                continue;
            }

            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 24)..], size);
            int local = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(local + 22)..], size);
            return;
        }

        throw new InvalidOperationException($"No central directory record for {name}.");
    }
}
