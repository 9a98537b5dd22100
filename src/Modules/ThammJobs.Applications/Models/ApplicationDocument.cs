using ThammJobs.Uploads;

namespace ThammJobs.Applications.Models;

/// <summary>
/// One accepted file. It first belongs to a <see cref="ApplicationDraft"/> (so a form sent back with errors keeps
/// it) and is attached to the application on submission. The bytes live under <see cref="StoredName"/> (random)
/// in the private file store, never under wwwroot.
/// </summary>
public sealed class ApplicationDocument
{
    public Guid Id { get; set; }
    public Guid? ApplicationId { get; set; }
    public Guid? DraftId { get; set; }

    /// <summary>The offer's document kind (cv, cover-letter, diplomas…).</summary>
    public required string Kind { get; set; }

    /// <summary>As the candidate named it (Arabic included); metadata only, never used as a path.</summary>
    public required string OriginalName { get; set; }

    /// <summary>Also names the first-page previews of a PDF (<c>DocumentStore.Previews.cs</c>), deleted with the file.</summary>
    public required string StoredName { get; set; }

    /// <summary>The 320 px JPEG of a scan (images only), made at intake.</summary>
    public string? ThumbnailName { get; set; }
    public FileType FileType { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public ScanStatus ScanStatus { get; set; }
    public string? ScanSignature { get; set; }

    /// <summary>What inspection noticed without refusing (e.g. <c>pdf-forms</c>), comma-separated, for recruiters.</summary>
    public string? Flags { get; set; }

    public DateTime UploadedUtc { get; set; }
    public DateTime? ScannedUtc { get; set; }
}

public enum ScanStatus
{
    /// <summary>No antivirus configured.</summary>
    NotScanned,
    Clean,
    /// <summary>The scanner was unreachable: the file cannot be downloaded until a rescan clears it.</summary>
    AwaitingScan,
    /// <summary>Found infected by a later rescan: the bytes are deleted, the row stays for the record.</summary>
    Infected,
}
