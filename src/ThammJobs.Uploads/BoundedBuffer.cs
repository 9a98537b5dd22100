namespace ThammJobs.Uploads;

/// <summary>Copies a non-seekable stream into memory, giving up past a size limit (what a file may weigh at most).</summary>
internal static class BoundedBuffer
{
    /// <returns>The copy positioned at 0, or null when the stream is longer than <paramref name="limit"/>.</returns>
    public static async Task<MemoryStream?> ReadAsync(Stream input, long limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
