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

    /// <summary>
    /// Inflated bytes are scanned through a window of this size (under the 85,000-byte large-object threshold, so
    /// the GC reclaims it in gen0), never held whole: see docs/uploads.md, "How the scan works".
    /// </summary>
    internal const int WindowBytes = 64 * 1024;

    /// <summary>
    /// The window grows up to this size for one token (a long literal string) that does not fit; a longer one is
    /// treated as unterminated (scanned inside), the fail-safe direction.
    /// </summary>
    internal const int MaxWindowBytes = 1024 * 1024;

    private byte[] _file = [];

    /// <summary>Scans the file itself (the first <paramref name="length"/> bytes of <paramref name="file"/>): objects, dictionaries and their streams.</summary>
    public void ScanFile(byte[] file, int length)
    {
        _file = file;
        var current = new ObjectState();
        Scan(file.AsSpan(0, length), topLevel: true, final: true, forceBefore: 0, ref current);
    }

    /// <summary>
    /// Scans <paramref name="data"/> from the start. With <paramref name="final"/> false, more data follows: a token,
    /// string or comment that reaches the end of <paramref name="data"/> may continue in the next window, so the scan
    /// stops before it and returns where it stopped (a construct starting before <paramref name="forceBefore"/> is
    /// treated as if nothing followed, to make progress when one construct fills the largest window).
    /// </summary>
    /// <returns>The index of the first byte not consumed (<c>data.Length</c> when everything was).</returns>
    private int Scan(ReadOnlySpan<byte> data, bool topLevel, bool final, int forceBefore, ref ObjectState current)
    {
        Span<byte> decoded = stackalloc byte[PdfName.MaxInteresting];
        int i = 0;
        while (i < data.Length)
        {
            bool complete = final || i < forceBefore;
            byte b = data[i];
            switch (b)
            {
                case (byte)'%':
                    if (!complete && data[i..].IndexOfAny((byte)'\r', (byte)'\n') < 0)
                    {
                        return i;
                    }

                    i = SkipComment(data, i);
                    break;
                case (byte)'(':
                {
                    int after = SkipLiteralString(data, i, out bool terminated);
                    if (!complete && !terminated)
                    {
                        return i;
                    }

                    i = after;
                    break;
                }

                case (byte)'<':
                    if (i + 1 >= data.Length && !complete)
                    {
                        return i;
                    }

                    if (i + 1 < data.Length && data[i + 1] == (byte)'<')
                    {
                        i += 2;
                    }
                    else
                    {
                        int after = SkipHexString(data, i, out bool reachedEnd);
                        if (!complete && reachedEnd)
                        {
                            return i;
                        }

                        i = after;
                    }

                    break;
                case (byte)'/':
                {
                    int end = i + 1;
                    while (end < data.Length && PdfName.IsRegular(data[end]))
                    {
                        end++;
                    }

                    if (end == data.Length && !complete)
                    {
                        return i;
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

                    if (tokenEnd == data.Length && !complete)
                    {
                        return i;
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
                        int after = SkipInlineImage(data, tokenEnd, complete);
                        if (after < 0)
                        {
                            return i;
                        }

                        i = after;
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
                return data.Length;
            }
        }

        return data.Length;
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
        ProcessStream(data, start, end, dictionary);

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

    /// <summary>The stream's data is <c>file[start..end]</c> (streams only exist at the top level, in the file).</summary>
    private void ProcessStream(ReadOnlySpan<byte> file, int start, int end, ObjectState dictionary)
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
                var nested = new ObjectState();
                Scan(file[start..end], topLevel: false, final: true, forceBefore: 0, ref nested);
            }

            return;
        }

        if (dictionary.FlateLayers > MaxFlateLayers)
        {
            findings.Undecodable = true;
            return;
        }

        ScanInflated(start, end - start, dictionary.FlateLayers);
    }

    /// <summary>
    /// Inflates the stream layer by layer, each layer reading the previous one as it goes (no layer is held whole),
    /// each within the remaining budget like before; the last layer's bytes are scanned through the window. A broken
    /// stream is scanned as far as it inflated (viewers show what decodes).
    /// </summary>
    private void ScanInflated(int offset, int count, int layers)
    {
        long budget = findings.InflationBudget;
        var counters = new List<BoundedReadStream>(layers);
        Stream source = new MemoryStream(_file, offset, count, writable: false);
        for (int layer = 0; layer < layers; layer++)
        {
            var counted = new BoundedReadStream(new ZLibStream(source, CompressionMode.Decompress), budget);
            counters.Add(counted);
            source = counted;
        }

        var last = counters[^1];
        var window = new byte[WindowBytes];
        int filled = 0;
        var current = new ObjectState();
        try
        {
            bool ended = false;
            while (!ended)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    int read = source.Read(window, filled, window.Length - filled);
                    ended = read == 0;
                    filled += read;
                }
                catch (InvalidDataException)
                {
                    ended = true;
                }

                if (counters.Exists(c => c.Exceeded))
                {
                    findings.InflationBudgetExceeded = true;
                    return;
                }

                if (!ended && filled < window.Length)
                {
                    // Fill the window before scanning: fewer boundaries, fewer carried tokens.
                    continue;
                }

                int consumed = Scan(window.AsSpan(0, filled), topLevel: false, final: ended, forceBefore: 0, ref current);
                if (!ended && consumed == 0)
                {
                    // One construct fills the whole window: give it a larger one, up to the limit, then force it.
                    if (window.Length < MaxWindowBytes)
                    {
                        var larger = new byte[window.Length * 2];
                        window.AsSpan(0, filled).CopyTo(larger);
                        window = larger;
                        continue;
                    }

                    consumed = Scan(window.AsSpan(0, filled), topLevel: false, final: false, forceBefore: 1, ref current);
                }

                if (findings.InflationBudgetExceeded || findings.Undecodable)
                {
                    return;
                }

                window.AsSpan(consumed, filled - consumed).CopyTo(window);
                filled -= consumed;
            }
        }
        finally
        {
            source.Dispose();
        }

        findings.InflationBudget -= last.Total;
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
    private static int SkipLiteralString(ReadOnlySpan<byte> data, int at, out bool terminated)
    {
        terminated = true;
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

        terminated = false;
        return at + 1;
    }

    private static int SkipHexString(ReadOnlySpan<byte> data, int at, out bool reachedEnd)
    {
        int i = at + 1;
        while (i < data.Length && (char.IsAsciiHexDigit((char)data[i]) || PdfName.IsWhitespace(data[i])))
        {
            i++;
        }

        reachedEnd = i == data.Length;

        // A malformed hex string is not skipped: whatever follows is scanned.
        return i < data.Length && data[i] == (byte)'>' ? i + 1 : at + 1;
    }

    /// <summary>
    /// Inline image data in content streams (BI ... ID data EI) is binary: skip to "EI". Returns -1 when more data
    /// may follow (<paramref name="complete"/> false) and "EI" was not found for sure.
    /// </summary>
    private static int SkipInlineImage(ReadOnlySpan<byte> data, int afterId, bool complete)
    {
        for (int i = afterId; i + 2 < data.Length; i++)
        {
            if (PdfName.IsWhitespace(data[i]) && data[i + 1] == (byte)'E' && data[i + 2] == (byte)'I'
                && (i + 3 == data.Length ? complete : !PdfName.IsRegular(data[i + 3])))
            {
                return i + 3;
            }
        }

        return complete ? data.Length : -1;
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
