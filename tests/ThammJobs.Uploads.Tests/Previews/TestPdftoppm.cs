using Xunit;

namespace ThammJobs.Uploads.Tests.Previews;

/// <summary>
/// poppler's pdftoppm (<c>apt-get install poppler-utils</c>). When it is not on PATH the tests that draw pages are
/// skipped on a developer machine, but fail under <c>CI=true</c> (.ci/run installs it), as the browser tests do
/// without Chromium.
/// </summary>
internal static class TestPdftoppm
{
    public static string Require()
    {
        if (ThammJobs.Uploads.Previews.ExecutableLookup.Resolve(null, "pdftoppm") is { } path)
        {
            return path;
        }

        const string problem = "pdftoppm not found on PATH (apt-get install poppler-utils)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(problem + ": PDF preview tests must run in CI.");
        }

        Assert.Skip(problem);
        return "";
    }
}
