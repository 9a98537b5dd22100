namespace ThammJobs.Uploads.Inspection;

/// <summary>What the first bytes of a file say it is; a ZIP still has to be opened to tell DOCX from ODT from JAR.</summary>
internal enum ContentSignature
{
    Unknown,
    Executable,
    Pdf,
    Jpeg,
    Png,
    Zip,
}

/// <summary>Magic-byte detection. The file name and the browser's content type are never consulted: both are chosen by the sender.</summary>
internal static class ContentSignatures
{
    /// <summary>How far into the file a PDF header may start (Acrobat tolerates leading junk up to 1024 bytes).</summary>
    public const int HeaderBytes = 1024;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> PdfHeader => "%PDF-"u8;

    public static ContentSignature Detect(ReadOnlySpan<byte> head)
    {
        // Executables first: a polyglot that is both a PE and a "PDF" (header within 1024 bytes) is an executable.
        if (IsExecutable(head))
        {
            return ContentSignature.Executable;
        }

        if (head.StartsWith(Jpeg))
        {
            return ContentSignature.Jpeg;
        }

        if (head.StartsWith(Png))
        {
            return ContentSignature.Png;
        }

        if (head.StartsWith(ZipLocalHeader))
        {
            return ContentSignature.Zip;
        }

        var window = head[..Math.Min(head.Length, HeaderBytes)];
        return window.IndexOf(PdfHeader) >= 0 ? ContentSignature.Pdf : ContentSignature.Unknown;
    }

    private static bool IsExecutable(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("MZ"u8) || head.StartsWith("#!"u8))
        {
            // Windows PE/DOS executables; shell, Python, Perl... scripts with an interpreter line.
            return true;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return true; // ELF
        }

        if (head.Length < 4)
        {
            return false;
        }

        uint magic = (uint)(head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3]);
        return magic is
            0xFEEDFACE or 0xFEEDFACF // Mach-O 32/64, big-endian
            or 0xCEFAEDFE or 0xCFFAEDFE // Mach-O 32/64, little-endian
            or 0xCAFEBABE // Mach-O universal binary (also a Java class file: refused either way)
            or 0xBEBAFECA;
    }
}
