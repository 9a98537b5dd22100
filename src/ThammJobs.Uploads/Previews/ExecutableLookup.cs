namespace ThammJobs.Uploads.Previews;

/// <summary>Finds a program the way a shell would, on <c>PATH</c>, without running a shell.</summary>
internal static class ExecutableLookup
{
    /// <summary>The configured path when it exists; otherwise, when nothing is configured, <paramref name="name"/> on PATH.</summary>
    public static string? Resolve(string? configured, string name)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A configured path is taken as it is: a wrong one means "not installed", not "look elsewhere".
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? [name + ".exe", name] : new[] { name })
            {
                var full = Path.Combine(folder, candidate);
                if (Path.IsPathRooted(full) && File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }
}
