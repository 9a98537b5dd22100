namespace ThammJobs.Uploads.Inspection;

/// <summary>Reads a decompressing stream without trusting any declared size: reading stops one byte past the limit.</summary>
internal static class BoundedInflation
{
    /// <summary>Counts the bytes <paramref name="inflating"/> yields, stopping once more than <paramref name="limit"/> were read.</summary>
    public static long Drain(Stream inflating, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        while (total <= limit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int wanted = (int)Math.Min(buffer.Length, limit - total + 1);
            int read = inflating.Read(buffer, 0, wanted);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes into memory; null when the stream holds more.</summary>
    public static byte[]? ReadAll(Stream inflating, long limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int wanted = (int)Math.Min(buffer.Length, limit - copy.Length + 1);
            int read = inflating.Read(buffer, 0, wanted);
            if (read == 0)
            {
                return copy.ToArray();
            }

            copy.Write(buffer, 0, read);
            if (copy.Length > limit)
            {
                return null;
            }
        }
    }
}
