namespace ThammJobs.Uploads.Inspection;

/// <summary>PDF name tokens: which bytes end a name, and the <c>#xx</c> escapes that hide <c>/J#61vaScript</c>.</summary>
internal static class PdfName
{
    /// <summary>Decoded names longer than this cannot be any name the scanner looks for, so decoding stops there.</summary>
    public const int MaxInteresting = 32;

    public static bool IsWhitespace(byte b) => b is 0x00 or 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    /// <summary>Decodes <paramref name="raw"/> (the bytes after '/') into <paramref name="decoded"/>; returns the decoded length.</summary>
    public static int Decode(ReadOnlySpan<byte> raw, Span<byte> decoded)
    {
        int length = 0;
        for (int i = 0; i < raw.Length && length < decoded.Length; i++)
        {
            byte b = raw[i];
            if (b == (byte)'#' && i + 2 < raw.Length && HexValue(raw[i + 1]) is int high && HexValue(raw[i + 2]) is int low)
            {
                decoded[length++] = (byte)(high << 4 | low);
                i += 2;
            }
            else
            {
                decoded[length++] = b;
            }
        }

        return length;
    }

    private static int? HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };
}
