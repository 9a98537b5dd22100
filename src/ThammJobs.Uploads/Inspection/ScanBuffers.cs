namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// Scratch arrays of up to tens of megabytes for the PDF scan (the file itself, inflated streams). Deliberately not
/// <c>ArrayPool&lt;byte&gt;.Shared</c>: that pool keeps a returned array in the returning thread's own slot and in
/// per-core stacks of up to 32 arrays per size, and async requests return them from ever different thread-pool
/// threads. bench/uploads.sh measured the result: 541 MB of 8 MB and 32 MB pool arrays still alive on the
/// large-object heap after a round of 50 candidates (docs/benchmarks.md). With at most
/// <see cref="UploadOptions.MaxConcurrentFiles"/> files scanned at once, plain arrays the GC reclaims cost less.
/// </summary>
internal static class ScanBuffers
{
    /// <summary>An array of exactly <paramref name="length"/> bytes; uninitialized, since every use overwrites what it reads.</summary>
    public static byte[] Allocate(int length) => GC.AllocateUninitializedArray<byte>(Math.Max(1, length));

    /// <summary>A larger array holding the first <paramref name="used"/> bytes of <paramref name="buffer"/>.</summary>
    public static byte[] Grow(byte[] buffer, int used)
    {
        var larger = Allocate(checked(buffer.Length * 2));
        buffer.AsSpan(0, used).CopyTo(larger);
        return larger;
    }
}
