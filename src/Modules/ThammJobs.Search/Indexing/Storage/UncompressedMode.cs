using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ThammJobs.Search.Indexing.Storage;

/// <summary>
/// A "compression" that copies: a chunk of stored fields is written as is, and a document is read by
/// seeking to it within its chunk (<see cref="SearchCodec"/> says why).
/// </summary>
internal sealed class UncompressedMode : CompressionMode
{
    public override Compressor NewCompressor() => new Copier();

    public override Decompressor NewDecompressor() => new Reader();

    public override string ToString() => "Uncompressed";

    private sealed class Copier : Compressor
    {
        public override void Compress(byte[] bytes, int off, int len, DataOutput output) => output.WriteBytes(bytes, off, len);
    }

    private sealed class Reader : Decompressor
    {
        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            if (bytes.Bytes.Length < length)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(length, 1)];
            }

            if (input is IndexInput file)
            {
                // Straight to the wanted bytes, then past the block, where a real decompressor would leave the stream.
                var start = file.Position;
                file.Seek(start + offset);
                file.ReadBytes(bytes.Bytes, 0, length);
                file.Seek(start + originalLength);
            }
            else
            {
                Skip(input, offset);
                input.ReadBytes(bytes.Bytes, 0, length);
                Skip(input, originalLength - offset - length);
            }

            bytes.Offset = 0;
            bytes.Length = length;
        }

        public override object Clone() => new Reader();

        private static void Skip(DataInput input, int count)
        {
            var discarded = new byte[Math.Min(count, 4096)];
            for (var left = count; left > 0; left -= discarded.Length)
            {
                input.ReadBytes(discarded, 0, Math.Min(left, discarded.Length));
            }
        }
    }
}
