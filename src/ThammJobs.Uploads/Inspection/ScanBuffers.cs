namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// The array a PDF is read into for its scan (at most <see cref="UploadOptions.MaxFileBytes"/>), reused: a handful
/// kept in a private list, not <c>ArrayPool&lt;byte&gt;.Shared</c>. The shared pool keeps a returned array in the
/// returning thread's own slot and in per-core stacks of up to 32 arrays per size; async requests return them from
/// ever different thread-pool threads, and bench/uploads.sh measured 541 MB of its 8 MB and 32 MB arrays left on the
/// large-object heap after a round of 50 candidates. Allocating a fresh array for every PDF instead left dead
/// multi-megabyte arrays piling up on the large-object heap between two gen2 collections (docs/benchmarks.md).
/// Here at most <see cref="Kept"/> arrays (one per file scanned at once, see <see cref="UploadOptions.MaxConcurrentFiles"/>)
/// stay, each at most <see cref="MaxKeptBytes"/>; sizes are rounded up to a power of two so that they fit the next file.
/// </summary>
internal static class ScanBuffers
{
    internal const int Kept = 2;
    internal const int MaxKeptBytes = 16 * 1024 * 1024;

    private static readonly byte[]?[] Slots = new byte[Kept][];

    /// <summary>An array of at least <paramref name="length"/> bytes, uninitialized: every use overwrites what it reads.</summary>
    public static byte[] Rent(int length)
    {
        lock (Slots)
        {
            int best = -1;
            for (int i = 0; i < Slots.Length; i++)
            {
                if (Slots[i] is { } kept && kept.Length >= length && (best < 0 || kept.Length < Slots[best]!.Length))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                var found = Slots[best]!;
                Slots[best] = null;
                return found;
            }
        }

        int size = length <= 1 << 20 ? Math.Max(1, length) : (int)Math.Min(Array.MaxLength, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length));
        return GC.AllocateUninitializedArray<byte>(size);
    }

    /// <summary>Keeps <paramref name="buffer"/> for the next file when it is worth it (a free slot, or larger than a kept one).</summary>
    public static void Return(byte[] buffer)
    {
        if (buffer.Length > MaxKeptBytes || buffer.Length <= 1 << 20)
        {
            return;
        }

        lock (Slots)
        {
            int smallest = -1;
            for (int i = 0; i < Slots.Length; i++)
            {
                if (Slots[i] is null)
                {
                    Slots[i] = buffer;
                    return;
                }

                if (smallest < 0 || Slots[i]!.Length < Slots[smallest]!.Length)
                {
                    smallest = i;
                }
            }

            if (Slots[smallest]!.Length < buffer.Length)
            {
                Slots[smallest] = buffer;
            }
        }
    }
}
