using System.Runtime.InteropServices;

namespace ThammJobs.Web.Composition;

/// <summary>
/// glibc keeps freed native memory (image decoding buffers, zlib) in per-thread arenas and raises its mmap
/// threshold after each large free, so a burst of uploads left the site hundreds of megabytes larger for good
/// (bench/uploads.sh). Two arenas and a fixed 128 KB mmap threshold give large buffers back to the system when
/// they are freed. The same as MALLOC_ARENA_MAX / MALLOC_MMAP_THRESHOLD_, without relying on the environment.
/// </summary>
internal static class NativeMemoryTuning
{
    private const int MallocMmapThreshold = -3;
    private const int MallocArenaMax = -8;

    /// <summary>True when glibc took both settings (false elsewhere: another OS or C library).</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Mallopt(MallocArenaMax, 2) == 1 & Mallopt(MallocMmapThreshold, 128 * 1024) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries have no mallopt: nothing to tune.
            return false;
        }
    }

    // DllImport rather than LibraryImport: two ints need no marshalling code, and the host stays free of unsafe code.
    // "libc.so.6", not "libc": on Debian "libc.so" is a linker script that dlopen cannot load.
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
#pragma warning disable SYSLIB1054 // see above
    private static extern int Mallopt(int parameter, int value);
#pragma warning restore SYSLIB1054
}
