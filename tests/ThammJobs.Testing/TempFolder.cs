namespace ThammJobs.Testing;

/// <summary>Throw-away folders under the system temp directory, one per test site.</summary>
public static class TempFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "thammjobs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
