namespace ThammJobs.Content.Media;

/// <summary>
/// Bound from <c>ThammJobs:Media</c>. The named profiles are the only sizes the site serves: a URL names a
/// profile, never a width, so nobody can make the server produce (and keep) thousands of sizes.
/// </summary>
public sealed class MediaOptions
{
    /// <summary>Default: <c>media</c> inside the shared candidate files folder (<c>ThammJobs:Applications:FilesFolder</c>), which every node sees.</summary>
    public string? Folder { get; set; }

    /// <summary>Largest upload; the candidate upload checks also apply their own (<c>ThammJobs:Uploads:MaxFileBytes</c>).</summary>
    public long MaxFileBytes { get; set; } = 8 * 1024 * 1024;

    public Dictionary<string, MediaProfile> Profiles { get; set; } = new(StringComparer.Ordinal)
    {
        ["thumb"] = new() { MaxWidth = 240, MaxHeight = 240, Quality = 80 },
        ["card"] = new() { MaxWidth = 800, MaxHeight = 450 },
        ["hero"] = new() { MaxWidth = 1600, MaxHeight = 600 },
    };
}

/// <summary>A named size: the image is shrunk to fit the box (never enlarged, never cropped) and encoded in <see cref="Format"/>.</summary>
public sealed class MediaProfile
{
    public int MaxWidth { get; set; }
    public int MaxHeight { get; set; }

    /// <summary><c>jpeg</c> (default) or <c>png</c>.</summary>
    public string Format { get; set; } = "jpeg";

    public int Quality { get; set; } = 85;

    public string Extension => Format == "png" ? "png" : "jpg";

    public string ContentType => Format == "png" ? "image/png" : "image/jpeg";

    /// <summary>What decides the bytes of a variant: part of its cached file name and ETag, so changing a profile makes new files.</summary>
    public string Signature => $"{MaxWidth}x{MaxHeight}-{Extension}-q{Quality}";

    /// <summary>The size a <paramref name="width"/>×<paramref name="height"/> original takes in this profile.</summary>
    public (int Width, int Height) Fit(int width, int height)
    {
        var scale = Math.Min(1.0, Math.Min((double)MaxWidth / width, (double)MaxHeight / height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }
}
