using System.IO.Compression;

namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// A forgiving PDF tokenizer that looks only at names. It does not follow the cross-reference table (which an
/// attacker controls); it reads every object in file order, skips strings and comments so that text such as
/// "(HTML/JS/CSS)" is not taken for the name /JS, and inflates FlateDecode streams (object streams hide whole
/// dictionaries) within a byte budget to scan them too.
/// </summary>
internal sealed class PdfScanner(PdfFindings findings, CancellationToken cancellationToken)
{
    /// <summary>A stream filtered more times than this is not something a CV generator writes.</summary>
    private const int MaxFlateLayers = 3;

    /// <summary>Scans the file itself: objects, dictionaries and their streams.</summary>
    public void ScanFile(ReadOnlySpan<byte> data) => Scan(data, topLevel: true);

    private void Scan(ReadOnlySpan<byte> data, bool topLevel)
    {
        var current = new ObjectState();
        Span<byte> decoded = stackalloc byte[PdfName.MaxInteresting];
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            switch (b)
            {
                case (byte)'%':
                    i = SkipComment(data, i);
                    break;
                case (byte)'(':
                    i = SkipLiteralString(data, i);
                    break;
                case (byte)'<':
                    i = i + 1 < data.Length && data[i + 1] == (byte)'<' ? i + 2 : SkipHexString(data, i);
                    break;
                case (byte)'/':
                {
                    int end = i + 1;
                    while (end < data.Length && PdfName.IsRegular(data[end]))
                    {
                        end++;
                    }

                    int length = PdfName.Decode(data[(i + 1)..end], decoded);
                    var name = decoded[..length];
                    findings.Record(name);
                    current.Observe(name);
                    i = end;
                    break;
                }

                default:
                    if (!PdfName.IsRegular(b))
                    {
                        i++;
                        break;
                    }

                    int tokenEnd = i;
                    while (tokenEnd < data.Length && PdfName.IsRegular(data[tokenEnd]))
                    {
                        tokenEnd++;
                    }

                    var token = data[i..tokenEnd];
                    if (token.SequenceEqual("obj"u8))
                    {
                        findings.Objects++;
                        current = new ObjectState();
                        i = tokenEnd;
                    }
                    else if (topLevel && token.SequenceEqual("stream"u8))
                    {
                        i = HandleStream(data, tokenEnd, current);
                        current = new ObjectState();
                    }
                    else if (!topLevel && token.SequenceEqual("ID"u8))
                    {
                        i = SkipInlineImage(data, tokenEnd);
                    }
                    else
                    {
                        current.ObserveToken(token);
                        i = tokenEnd;
                    }

                    break;
            }

            if (findings.InflationBudgetExceeded || findings.Undecodable)
            {
                return;
            }
        }
    }

    /// <summary>Returns the index after "endstream"; scans the stream's content when it can hold dictionaries.</summary>
    private int HandleStream(ReadOnlySpan<byte> data, int afterKeyword, ObjectState dictionary)
    {
        int start = afterKeyword;
        if (start < data.Length && data[start] == (byte)'\r')
        {
            start++;
        }

        if (start < data.Length && data[start] == (byte)'\n')
        {
            start++;
        }

        int end = FindStreamEnd(data, start, dictionary.DirectLength);
        cancellationToken.ThrowIfCancellationRequested();
        ProcessStream(data[start..end], dictionary);

        int endKeyword = data[end..].IndexOf("endstream"u8);
        return endKeyword < 0 ? data.Length : end + endKeyword + "endstream".Length;
    }

    /// <summary>Trusts a direct /Length only when "endstream" follows it; otherwise the first "endstream" ends the data.</summary>
    private static int FindStreamEnd(ReadOnlySpan<byte> data, int start, long? directLength)
    {
        if (directLength is long length && length >= 0 && start + length <= data.Length)
        {
            int after = start + (int)length;
            while (after < data.Length && PdfName.IsWhitespace(data[after]))
            {
                after++;
            }

            if (data[after..].StartsWith("endstream"u8))
            {
                return start + (int)length;
            }
        }

        int found = data[start..].IndexOf("endstream"u8);
        return found < 0 ? data.Length : start + found;
    }

    private void ProcessStream(ReadOnlySpan<byte> content, ObjectState dictionary)
    {
        // Image samples are pixels, never dictionaries; an object stream (which has /First) is never an image.
        if (dictionary.IsImage && !dictionary.IsObjectStream)
        {
            return;
        }

        if (dictionary.OtherFilters > 0 && dictionary.IsObjectStream)
        {
            // ASCIIHex/ASCII85/LZW/RunLength around an object stream: legal but unheard of from real generators,
            // and this scanner does not decode them, so the dictionaries inside cannot be checked.
            findings.Undecodable = true;
            return;
        }

        if (dictionary.FlateLayers == 0)
        {
            if (dictionary.OtherFilters == 0)
            {
                Scan(content, topLevel: false);
            }

            return;
        }

        if (dictionary.FlateLayers > MaxFlateLayers)
        {
            findings.Undecodable = true;
            return;
        }

        // Each layer inflates from the previous one (ZLibStream reads a stream, so the span is copied once).
        var input = content.ToArray();
        var inputLength = input.Length;
        for (int layer = 0; layer < dictionary.FlateLayers; layer++)
        {
            (input, inputLength) = Inflate(input, inputLength);
            if (findings.InflationBudgetExceeded)
            {
                return;
            }
        }

        findings.InflationBudget -= inputLength;
        Scan(input.AsSpan(0, inputLength), topLevel: false);
    }

    /// <summary>
    /// Inflates within the remaining budget (see <see cref="ScanBuffers"/>); a broken stream yields what inflated
    /// before the error.
    /// </summary>
    private (byte[] Buffer, int Length) Inflate(byte[] compressed, int compressedLength)
    {
        var output = ScanBuffers.Allocate(Math.Max(81920, compressedLength * 4));
        var length = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed, 0, compressedLength, writable: false), CompressionMode.Decompress);
            int read;
            while (true)
            {
                if (length == output.Length)
                {
                    output = ScanBuffers.Grow(output, length);
                }

                read = zlib.Read(output, length, output.Length - length);
                if (read == 0)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                length += read;
                if (length > findings.InflationBudget)
                {
                    findings.InflationBudgetExceeded = true;
                    return (output, 0);
                }
            }
        }
        catch (InvalidDataException)
        {
            // Viewers show what decodes; so does the scan.
        }

        return (output, length);
    }

    private static int SkipComment(ReadOnlySpan<byte> data, int at)
    {
        int end = data[at..].IndexOfAny((byte)'\r', (byte)'\n');
        return end < 0 ? data.Length : at + end;
    }

    /// <summary>
    /// Skips a balanced literal string. Fail-safe: an unterminated string, or one that swallows an "endobj", is not
    /// skipped (only its opening parenthesis is), so a stray '(' cannot hide the objects that follow it.
    /// </summary>
    private static int SkipLiteralString(ReadOnlySpan<byte> data, int at)
    {
        int depth = 0;
        for (int i = at; i < data.Length; i++)
        {
            switch (data[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return data[at..i].IndexOf("endobj"u8) >= 0 ? at + 1 : i + 1;
                    }

                    break;
            }
        }

        return at + 1;
    }

    private static int SkipHexString(ReadOnlySpan<byte> data, int at)
    {
        int i = at + 1;
        while (i < data.Length && (char.IsAsciiHexDigit((char)data[i]) || PdfName.IsWhitespace(data[i])))
        {
            i++;
        }

        // A malformed hex string is not skipped: whatever follows is scanned.
        return i < data.Length && data[i] == (byte)'>' ? i + 1 : at + 1;
    }

    /// <summary>Inline image data in content streams (BI ... ID data EI) is binary: skip to "EI".</summary>
    private static int SkipInlineImage(ReadOnlySpan<byte> data, int afterId)
    {
        for (int i = afterId; i + 2 < data.Length; i++)
        {
            if (PdfName.IsWhitespace(data[i]) && data[i + 1] == (byte)'E' && data[i + 2] == (byte)'I'
                && (i + 3 == data.Length || !PdfName.IsRegular(data[i + 3])))
            {
                return i + 3;
            }
        }

        return data.Length;
    }

    /// <summary>What matters about the dictionary of the object being read, for deciding how to treat its stream.</summary>
    private sealed class ObjectState
    {
        private bool _afterLengthKey;
        private long? _pendingLength;
        private int _tokensAfterLength;
        private long? _closedLength;

        public int FlateLayers { get; private set; }
        public int OtherFilters { get; private set; }
        public bool IsImage { get; private set; }
        public bool IsObjectStream { get; private set; }

        /// <summary>The /Length value when it is a direct integer (an indirect "n 0 R" is not followed).</summary>
        public long? DirectLength => _tokensAfterLength switch
        {
            0 => _closedLength,
            1 => _pendingLength,
            _ => null,
        };

        public void Observe(ReadOnlySpan<byte> name)
        {
            EndLength();
            _afterLengthKey = name.SequenceEqual("Length"u8);
            if (name.SequenceEqual("FlateDecode"u8) || name.SequenceEqual("Fl"u8))
            {
                FlateLayers++;
            }
            else if (name.SequenceEqual("ASCIIHexDecode"u8) || name.SequenceEqual("AHx"u8) || name.SequenceEqual("ASCII85Decode"u8)
                || name.SequenceEqual("A85"u8) || name.SequenceEqual("LZWDecode"u8) || name.SequenceEqual("LZW"u8)
                || name.SequenceEqual("RunLengthDecode"u8) || name.SequenceEqual("RL"u8) || name.SequenceEqual("Crypt"u8))
            {
                OtherFilters++;
            }
            else if (name.SequenceEqual("Image"u8))
            {
                IsImage = true;
            }
            else if (name.SequenceEqual("ObjStm"u8) || name.SequenceEqual("First"u8))
            {
                IsObjectStream = true;
            }
        }

        public void ObserveToken(ReadOnlySpan<byte> token)
        {
            if (_afterLengthKey)
            {
                _afterLengthKey = false;
                _pendingLength = System.Buffers.Text.Utf8Parser.TryParse(token, out long value, out int consumed) && consumed == token.Length ? value : null;
                _tokensAfterLength = 1;
            }
            else if (_tokensAfterLength > 0)
            {
                // "12 0 R": the length is an indirect reference, not 12.
                _tokensAfterLength++;
            }
        }

        /// <summary>A name ends the /Length value: it was direct if exactly one token followed the key.</summary>
        private void EndLength()
        {
            if (_tokensAfterLength > 0)
            {
                _closedLength = _tokensAfterLength == 1 ? _pendingLength : null;
                _tokensAfterLength = 0;
            }
        }
    }
}
