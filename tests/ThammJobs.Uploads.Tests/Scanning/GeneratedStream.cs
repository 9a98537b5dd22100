namespace ThammJobs.Uploads.Tests.Scanning;

/// <summary>A read-only stream of <c>length</c> bytes of printable text, generated as it is read (never held whole).</summary>
internal class GeneratedStream(long length) : Stream
{
    private static readonly byte[] Pattern = "Lorem ipsum dolor sit amet, consectetur adipiscing elit 0123456789\n"u8.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - Position);
        for (var i = 0; i < n; i++)
        {
            buffer[offset + i] = Pattern[(Position + i) % Pattern.Length];
        }

        Position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
