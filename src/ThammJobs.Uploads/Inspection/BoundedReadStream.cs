namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// A read-only pass-through that counts the bytes read and ends the stream one byte past <paramref name="limit"/>
/// (<see cref="Exceeded"/> then says why it ended). The PDF scan chains one per Flate layer, so every layer's output
/// is held to the inflation budget while nothing is buffered whole.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    public long Total { get; private set; }

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded || buffer.IsEmpty)
        {
            return 0;
        }

        int wanted = (int)Math.Min(buffer.Length, limit - Total + 1);
        int read = inner.Read(buffer[..wanted]);
        Total += read;
        if (Total > limit)
        {
            Exceeded = true;
            return 0;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
