using System.Buffers.Binary;
using System.IO.Compression;

namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// Inflates every entry from its raw compressed bytes to prove it is no larger than the central directory says.
/// <see cref="ZipArchiveEntry.Open"/> cannot be used for this: it silently stops at the declared size, whereas
/// Word, LibreOffice or an antivirus may inflate everything the entry holds.
/// </summary>
internal static class ZipEntryVerifier
{
    public enum Outcome
    {
        AsDeclared,
        LargerThanDeclared,
        Corrupt,
    }

    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint LocalHeaderSignature = 0x04034b50;
    private const ushort Stored = 0;
    private const ushort Deflated = 8;

    public static Outcome Verify(Stream seekable, ZipEndRecord.Info end, long budget, CancellationToken cancellationToken)
    {
        long length = seekable.Length;
        if (end.CentralDirectoryOffset >= length)
        {
            return Outcome.Corrupt;
        }

        // The central directory of a file within MaxFileBytes fits in memory.
        var directory = new byte[length - end.CentralDirectoryOffset];
        seekable.Position = end.CentralDirectoryOffset;
        seekable.ReadExactly(directory);

        int at = 0;
        for (long entry = 0; entry < end.Entries; entry++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (at + 46 > directory.Length || BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) != CentralHeaderSignature)
            {
                return Outcome.Corrupt;
            }

            var header = directory.AsSpan(at);
            ushort method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            long declared = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            if (at + 46 + nameLength + extraLength > directory.Length)
            {
                return Outcome.Corrupt;
            }

            ReadZip64Extra(header.Slice(46 + nameLength, extraLength), ref declared, ref compressed, ref localOffset);
            at += 46 + nameLength + extraLength + commentLength;

            long limit = Math.Min(declared, budget);
            long inflated = Inflate(seekable, method, localOffset, compressed, limit, cancellationToken);
            if (inflated < 0)
            {
                return Outcome.Corrupt;
            }

            if (inflated > limit)
            {
                return Outcome.LargerThanDeclared;
            }

            budget -= inflated;
        }

        return Outcome.AsDeclared;
    }

    /// <summary>Returns the inflated byte count (stopping past <paramref name="limit"/>), or -1 when the entry cannot be read.</summary>
    private static long Inflate(Stream seekable, ushort method, long localOffset, long compressed, long limit, CancellationToken cancellationToken)
    {
        long length = seekable.Length;
        if (localOffset < 0 || localOffset + 30 > length)
        {
            return -1;
        }

        var local = new byte[30];
        seekable.Position = localOffset;
        seekable.ReadExactly(local);
        if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeaderSignature)
        {
            return -1;
        }

        long dataOffset = localOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
        if (compressed < 0 || dataOffset + compressed > length)
        {
            return -1;
        }

        switch (method)
        {
            case Stored:
                // The bytes are the entry (their presence in the file was checked above).
                return compressed;
            case Deflated:
                try
                {
                    // Inflated straight from the file, never copied whole (see SegmentReadStream).
                    using var inflating = new DeflateStream(new SegmentReadStream(seekable, dataOffset, compressed), CompressionMode.Decompress);
                    return BoundedInflation.Drain(inflating, limit, cancellationToken);
                }
                catch (InvalidDataException)
                {
                    return -1;
                }

            default:
                // Office and ODF write only stored and deflated entries.
                return -1;
        }
    }

    /// <summary>ZIP64 extended information (header 0x0001) replaces the 32-bit fields that hold 0xFFFFFFFF, in this order.</summary>
    private static void ReadZip64Extra(ReadOnlySpan<byte> extra, ref long uncompressed, ref long compressed, ref long localOffset)
    {
        while (extra.Length >= 4)
        {
            ushort id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (4 + size > extra.Length)
            {
                return;
            }

            if (id == 0x0001)
            {
                var field = extra.Slice(4, size);
                uncompressed = Next(ref field, uncompressed);
                compressed = Next(ref field, compressed);
                localOffset = Next(ref field, localOffset);
                return;
            }

            extra = extra[(4 + size)..];
        }
    }

    private static long Next(ref ReadOnlySpan<byte> field, long value)
    {
        if (value != uint.MaxValue || field.Length < 8)
        {
            return value;
        }

        ulong wide = BinaryPrimitives.ReadUInt64LittleEndian(field);
        field = field[8..];
        return wide > long.MaxValue ? -1 : (long)wide;
    }
}
