using System.Runtime.InteropServices;

namespace ThammJobs.Bench;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). A search runs on
/// one thread, so this is the work it did, without the time it waited for a core: on a machine shared with
/// other loads, wall times say more about the neighbours than about a change, this much less. Garbage
/// collections on the GC's own threads are not in it.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time in milliseconds, or NaN where it cannot be read.</summary>
    public static double Milliseconds() => TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = double.NaN;
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        if (ClockGetTime(ThreadCpuTimeId, out var time) != 0)
        {
            return false;
        }

        milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
        return true;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
