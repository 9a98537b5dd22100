namespace ThammJobs.Uploads.Scanning;

/// <summary>Antivirus scan of one file (clamd over TCP when configured).</summary>
public interface IVirusScanner
{
    /// <summary>False when no scanner is configured: files are then kept without a scan.</summary>
    bool IsConfigured { get; }

    Task<ScanResult> ScanAsync(Stream content, CancellationToken cancellationToken);
}

public enum ScanVerdict
{
    /// <summary>No scanner configured.</summary>
    NotScanned,
    Clean,
    Infected,
    /// <summary>The scanner could not be reached or answered an error: keep the file "awaiting scan".</summary>
    Unavailable,
}

public sealed record ScanResult(ScanVerdict Verdict, string? Signature = null, string? Error = null);
