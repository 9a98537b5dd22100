using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// Tells DOCX, ODT and other ZIPs apart from the central directory, refuses macros and zip bombs. Nothing is
/// extracted to disk; the few entries that are read are inflated with a hard limit, and every entry is finally
/// inflated into nowhere (<see cref="ZipEntryVerifier"/>) to prove its declared size is not a lie (the declared
/// sizes are what the bomb checks use).
/// </summary>
internal sealed class ZipContainerInspector(UploadOptions options)
{
    /// <summary>Real documents have tens to a few hundred entries.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>
    /// The ratio check applies to entries that inflate past this: small, very repetitive XML parts (empty tables,
    /// blank styles) legitimately exceed 100:1 and cannot hurt anyone at that size.
    /// </summary>
    public const long RatioCheckFloorBytes = 1024 * 1024;

    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";
    private const long SmallPartLimit = 4 * 1024 * 1024;

    public InspectionResult Inspect(Stream seekable, IReadOnlySet<FileType> allowed, CancellationToken cancellationToken)
    {
        var end = ZipEndRecord.Read(seekable);
        if (end is not { } declared)
        {
            return InspectionResult.Refuse(RefusalCodes.CorruptContainer);
        }

        if (declared.Entries > MaxEntries)
        {
            return InspectionResult.Refuse(RefusalCodes.ZipBomb);
        }

        seekable.Position = 0;
        try
        {
            using var archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            return InspectArchive(seekable, declared, archive, allowed, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return InspectionResult.Refuse(RefusalCodes.CorruptContainer);
        }
        catch (NotSupportedException)
        {
            // Unsupported compression method or encrypted entries: nothing here can vouch for the content.
            return InspectionResult.Refuse(RefusalCodes.CorruptContainer);
        }
        catch (XmlException)
        {
            return InspectionResult.Refuse(RefusalCodes.CorruptContainer);
        }
    }

    private InspectionResult InspectArchive(
        Stream seekable, ZipEndRecord.Info end, ZipArchive archive, IReadOnlySet<FileType> allowed, CancellationToken cancellationToken)
    {
        var entries = archive.Entries;
        if (entries.Count > MaxEntries || DeclaresBomb(entries))
        {
            return InspectionResult.Refuse(RefusalCodes.ZipBomb);
        }

        long inflateBudget = options.MaxInflatedBytes;
        var (kind, odtRead) = Classify(entries, cancellationToken);
        inflateBudget -= odtRead;
        if (kind == ContainerKind.Executable)
        {
            return InspectionResult.Refuse(RefusalCodes.Executable);
        }

        if (kind == ContainerKind.Other)
        {
            return InspectionResult.Refuse(RefusalCodes.Unrecognised);
        }

        var type = kind == ContainerKind.Docx ? FileType.Docx : FileType.Odt;
        if (!allowed.Contains(type))
        {
            return InspectionResult.Refuse(RefusalCodes.TypeNotAllowed, type);
        }

        if (HasMacroParts(entries, type))
        {
            return InspectionResult.Refuse(RefusalCodes.Macros, type);
        }

        if (type == FileType.Docx)
        {
            var contentTypes = FindEntry(entries, "[Content_Types].xml")!;
            var xml = ReadBounded(contentTypes, Math.Min(SmallPartLimit, inflateBudget), cancellationToken);
            if (xml is null)
            {
                return InspectionResult.Refuse(RefusalCodes.ZipBomb, type);
            }

            inflateBudget -= xml.Length;
            if (DeclaresMacroContentType(xml))
            {
                return InspectionResult.Refuse(RefusalCodes.Macros, type);
            }
        }

        return ZipEntryVerifier.Verify(seekable, end, inflateBudget, cancellationToken) switch
        {
            ZipEntryVerifier.Outcome.AsDeclared => InspectionResult.Accept(type),
            ZipEntryVerifier.Outcome.LargerThanDeclared => InspectionResult.Refuse(RefusalCodes.ZipBomb, type),
            _ => InspectionResult.Refuse(RefusalCodes.CorruptContainer, type),
        };
    }

    /// <summary>Bomb checks on the sizes the central directory declares (cheap; verified later by inflating).</summary>
    private bool DeclaresBomb(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            long inflated = entry.Length;
            long compressed = entry.CompressedLength;
            if (inflated < 0 || compressed < 0)
            {
                return true;
            }

            total += inflated;
            if (total > options.MaxInflatedBytes)
            {
                return true;
            }

            if (inflated > RatioCheckFloorBytes && (compressed == 0 || inflated / compressed > options.MaxCompressionRatio))
            {
                return true;
            }
        }

        return false;
    }

    private static (ContainerKind Kind, long BytesRead) Classify(IReadOnlyList<ZipArchiveEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Any(IsExecutablePart))
        {
            return (ContainerKind.Executable, 0);
        }

        if (FindEntry(entries, "[Content_Types].xml") is not null && FindEntry(entries, "word/document.xml") is not null)
        {
            return (ContainerKind.Docx, 0);
        }

        // ODF requires "mimetype" to be the first entry, stored; its content names the document kind.
        if (entries.Count > 0 && entries[0].FullName == "mimetype")
        {
            var content = ReadBounded(entries[0], 256, cancellationToken);
            if (content is not null && Encoding.ASCII.GetString(content).Contains(OdtMimeType, StringComparison.Ordinal))
            {
                return (ContainerKind.Odt, content.Length);
            }
        }

        return (ContainerKind.Other, 0);
    }

    /// <summary>JARs, Android packages and archives carrying programs are executables, whatever else they hold.</summary>
    private static bool IsExecutablePart(ZipArchiveEntry entry)
    {
        string name = entry.FullName;
        if (name.Equals("META-INF/MANIFEST.MF", StringComparison.OrdinalIgnoreCase) || name.Equals("classes.dex", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string extension = Path.GetExtension(name);
        return ExecutableExtensions.Contains(extension);
    }

    private static readonly HashSet<string> ExecutableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".class", ".exe", ".dll", ".scr", ".com", ".msi", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".wsf", ".jar", ".sh", ".elf", ".so", ".dylib", ".apk",
    };

    private static bool HasMacroParts(IReadOnlyCollection<ZipArchiveEntry> entries, FileType type)
    {
        foreach (var entry in entries)
        {
            string name = entry.FullName.Replace('\\', '/');
            string fileName = name[(name.LastIndexOf('/') + 1)..];
            if (fileName.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || fileName.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // ODF keeps StarBasic macros under Basic/ and other script languages under Scripts/.
            if (type == FileType.Odt
                && (name.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when [Content_Types].xml declares a macro-enabled main part or a VBA project, whatever the part names.</summary>
    private static bool DeclaresMacroContentType(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = SmallPartLimit };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            string? contentType = reader.GetAttribute("ContentType");
            if (contentType is not null
                && (contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                    || contentType.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
                    || contentType.Contains("vbaData", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static byte[]? ReadBounded(ZipArchiveEntry entry, long limit, CancellationToken cancellationToken)
    {
        using var inflating = entry.Open();
        return BoundedInflation.ReadAll(inflating, limit, cancellationToken);
    }

    private static ZipArchiveEntry? FindEntry(IEnumerable<ZipArchiveEntry> entries, string name) =>
        entries.FirstOrDefault(entry => entry.FullName.Equals(name, StringComparison.OrdinalIgnoreCase));

    private enum ContainerKind
    {
        Other,
        Executable,
        Docx,
        Odt,
    }
}
