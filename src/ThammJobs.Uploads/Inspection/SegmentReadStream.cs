namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// A read-only view of <paramref name="length"/> bytes of a seekable stream from <paramref name="offset"/>, read in
/// place: a ZIP entry is inflated straight from the uploaded file instead of being copied into an array of its size
/// first (arrays of megabytes land on the large-object heap, docs/benchmarks.md). The inner stream is not disposed.
/// </summary>
internal sealed class SegmentReadStream(Stream seekable, long offset, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long remaining = length - _position;
        if (remaining <= 0 || buffer.IsEmpty)
        {
            return 0;
        }

        // Positioned on every read: nothing else may move the file between two reads of the inflater.
        seekable.Position = offset + _position;
        int read = seekable.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        if (read == 0)
        {
            throw new EndOfStreamException("The ZIP entry ends past the end of the file.");
        }

        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
