using System.Buffers.Binary;

namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// Reads the entry count a ZIP declares in its end-of-central-directory record (ZIP64 too), so that a file claiming
/// millions of entries is refused before <see cref="System.IO.Compression.ZipArchive"/> allocates an object per entry,
/// and where the central directory starts (for <see cref="ZipEntryVerifier"/>).
/// </summary>
internal static class ZipEndRecord
{
    public readonly record struct Info(long Entries, long CentralDirectoryOffset);

    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The declared number of entries and central directory offset, or null when there is no end record (not a readable ZIP).</summary>
    public static Info? Read(Stream seekable)
    {
        long length = seekable.Length;
        if (length < EndRecordLength)
        {
            return null;
        }

        int tailLength = (int)Math.Min(length, EndRecordLength + MaxCommentLength);
        var tail = new byte[tailLength];
        seekable.Position = length - tailLength;
        seekable.ReadExactly(tail);

        // The record is at the end unless a comment follows it: search backwards for its signature.
        for (int at = tailLength - EndRecordLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            long directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 16));
            if (count != ushort.MaxValue && directoryOffset != uint.MaxValue)
            {
                return new Info(count, directoryOffset);
            }

            // ZIP64: the locator (20 bytes) sits right before the end record and points at the ZIP64 end record.
            long recordOffset = length - tailLength + at;
            return ReadZip64(seekable, recordOffset) ?? new Info(count, directoryOffset);
        }

        return null;
    }

    private static Info? ReadZip64(Stream seekable, long endRecordOffset)
    {
        if (endRecordOffset < 20)
        {
            return null;
        }

        var locator = new byte[20];
        seekable.Position = endRecordOffset - 20;
        seekable.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }

        ulong zip64Offset = BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8));
        if (zip64Offset > (ulong)(seekable.Length - 56))
        {
            return null;
        }

        var record = new byte[56];
        seekable.Position = (long)zip64Offset;
        seekable.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
        {
            return null;
        }

        ulong total = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
        ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48));
        return new Info(total > long.MaxValue ? long.MaxValue : (long)total, offset > long.MaxValue ? long.MaxValue : (long)offset);
    }
}
