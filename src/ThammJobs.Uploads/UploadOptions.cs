namespace ThammJobs.Uploads;

/// <summary>Limits and scanner address, bound from <c>ThammJobs:Uploads</c>.</summary>
public sealed class UploadOptions
{
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxApplicationBytes { get; set; } = 40 * 1024 * 1024;

    /// <summary>Largest total of uncompressed bytes a DOCX/ODT may inflate to.</summary>
    public long MaxInflatedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>Largest compression ratio of any entry (zip bombs compress over 1000:1).</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    public int MaxImageWidth { get; set; } = 12_000;
    public int MaxImageHeight { get; set; } = 12_000;
    public long MaxImagePixels { get; set; } = 60_000_000;
    public int ImageMemoryLimitMegabytes { get; set; } = 256;

    /// <summary>
    /// Files inspected, scanned and re-encoded at once in this process. The work is CPU-bound and holds a file's
    /// decoded content in memory, so more at once only costs memory on a 2-core machine (bench/uploads.sh).
    /// </summary>
    public int MaxConcurrentFiles { get; set; } = 2;

    /// <summary><c>host:port</c> of clamd (e.g. <c>127.0.0.1:3310</c>); empty means no antivirus.</summary>
    public string? ClamdAddress { get; set; }
    public int ClamdTimeoutSeconds { get; set; } = 30;
}
