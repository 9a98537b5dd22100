using System.Diagnostics;
using System.Globalization;

namespace ThammJobs.Uploads.Previews;

/// <summary>
/// Starts a program under operating-system limits of CPU time, address space and written file size, so that a
/// hostile input cannot make it loop, allocate or write without end. <c>prlimit</c> (util-linux) sets them and
/// then executes the program in the same process; without it, <c>sh</c>'s <c>ulimit</c> does the same
/// (the program and its arguments are passed as <c>"$@"</c>, never pasted into the script). On Windows only the
/// caller's wall-clock timeout applies.
/// </summary>
internal sealed class ProcessLimits(int cpuSeconds, long memoryBytes, long fileBytes)
{
    private static readonly Lazy<string?> Prlimit = new(() => OperatingSystem.IsLinux() ? ExecutableLookup.Resolve(null, "prlimit") : null);

    /// <summary>How the limits are applied here: <c>prlimit</c>, <c>ulimit</c> or <c>none</c> (for the docs and logs).</summary>
    public static string Mechanism => Prlimit.Value is not null ? "prlimit" : File.Exists("/bin/sh") ? "ulimit" : "none";

    public ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo { UseShellExecute = false, CreateNoWindow = true };
        var invariant = CultureInfo.InvariantCulture;
        if (Prlimit.Value is { } prlimit)
        {
            info.FileName = prlimit;
            info.ArgumentList.Add("--cpu=" + cpuSeconds.ToString(invariant));
            info.ArgumentList.Add("--as=" + memoryBytes.ToString(invariant));
            info.ArgumentList.Add("--fsize=" + fileBytes.ToString(invariant));
            info.ArgumentList.Add("--core=0");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }
        else if (File.Exists("/bin/sh"))
        {
            // ulimit -v is in KiB; -f in 512-byte blocks (POSIX sh).
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(string.Create(invariant,
                $"ulimit -t {cpuSeconds} && ulimit -v {memoryBytes / 1024} && ulimit -f {fileBytes / 512} && ulimit -c 0 && exec \"$@\""));
            info.ArgumentList.Add("sh");
            info.ArgumentList.Add(program);
        }
        else
        {
            info.FileName = program;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
