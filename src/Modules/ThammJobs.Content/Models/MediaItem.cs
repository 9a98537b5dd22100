namespace ThammJobs.Content.Models;

/// <summary>
/// An image of the media library: the re-encoded original on the shared files folder (<see cref="StoredName"/>),
/// its size and hash, and an alternative text in each language (both required: a screen reader in either
/// language must know what the image shows). The id is random, not a counter: URLs of variants are cached for a
/// year, so an id must never be given to another image after a deletion.
/// </summary>
public sealed class MediaItem
{
    /// <summary>32 lowercase hex digits.</summary>
    public string Id { get; set; } = "";

    /// <summary>The original's file name in the media store (<c>{id}.jpg</c> or <c>{id}.png</c>).</summary>
    public string StoredName { get; set; } = "";

    /// <summary>What the uploader called the file, shown in the library only (never used as a path).</summary>
    public string OriginalName { get; set; } = "";

    /// <summary><c>image/jpeg</c> or <c>image/png</c>.</summary>
    public string ContentType { get; set; } = "";

    public int Width { get; set; }
    public int Height { get; set; }
    public long Length { get; set; }

    /// <summary>SHA-256 of the stored (re-encoded) original, lowercase hex; part of every variant's ETag.</summary>
    public string Sha256 { get; set; } = "";

    public string AltFr { get; set; } = "";
    public string AltAr { get; set; } = "";

    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    public string Alt(string culture) => culture == "ar" ? AltAr : AltFr;
}
