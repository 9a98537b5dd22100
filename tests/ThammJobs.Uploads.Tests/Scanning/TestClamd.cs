using Microsoft.Extensions.Options;
using ThammJobs.Uploads.Scanning;
using Xunit;

namespace ThammJobs.Uploads.Tests.Scanning;

/// <summary>
/// The real clamd named by <c>THAMMJOBS_TEST_CLAMD</c> (default <c>127.0.0.1:3310</c>, what <c>.ci/start-clamd.sh</c>
/// starts with an EICAR-only database). When it does not answer PING the test is skipped, except under
/// <c>CI=true</c> where it fails.
/// </summary>
internal static class TestClamd
{
    private static readonly Lazy<Task<bool>> Answers = new(() => Scanner(Address, timeoutSeconds: 5).PingAsync(CancellationToken.None));

    public static string Address =>
        Environment.GetEnvironmentVariable("THAMMJOBS_TEST_CLAMD") is { Length: > 0 } configured ? configured : "127.0.0.1:3310";

    /// <summary>A scanner on the real clamd, or a skip (a failure under CI=true) when clamd does not answer.</summary>
    public static async Task<ClamdScanner> RequireAsync()
    {
        if (await Answers.Value.ConfigureAwait(false))
        {
            return Scanner(Address);
        }

        var problem = $"clamd does not answer PING at {Address}";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"clamd is required under CI=true: {problem}");
        }

        Assert.Skip($"{problem}; set THAMMJOBS_TEST_CLAMD or run .ci/start-clamd.sh");
        return null!;
    }

    public static ClamdScanner Scanner(string? address, int timeoutSeconds = 30) =>
        new(Options.Create(new UploadOptions { ClamdAddress = address, ClamdTimeoutSeconds = timeoutSeconds }));

    /// <summary>The EICAR test file, built from two halves so that this source file is no signature match.</summary>
    public static byte[] Eicar() =>
        System.Text.Encoding.ASCII.GetBytes("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
}
