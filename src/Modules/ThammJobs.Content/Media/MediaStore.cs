using System.Security.Cryptography;

namespace ThammJobs.Content.Media;

/// <summary>
/// The library's files on the shared folder: <c>originals/ab/{id}.jpg</c> and <c>variants/{id}/{profile}-{signature}.jpg</c>.
/// Every file is written under a temporary name in the same folder and renamed into place, so a reader on any
/// node sees either nothing or a whole file, and two nodes producing the same variant at once both end with one
/// whole file (the same bytes: the encoder is deterministic).
/// </summary>
public sealed class MediaStore(string root)
{
    public string Root => root;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string OriginalPath(string storedName)
    {
        Check(storedName[..32]);
        return Path.Combine(root, "originals", storedName[..2], storedName);
    }

    public string VariantPath(string id, string profile, MediaProfile settings)
    {
        Check(id);
        return Path.Combine(root, "variants", id, $"{profile}-{settings.Signature}.{settings.Extension}");
    }

    /// <summary>A temporary file beside <paramref name="finalPath"/> (same folder, so the rename is atomic).</summary>
    public static string TempBeside(string finalPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        return finalPath + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + ".part";
    }

    /// <summary>Puts a finished temporary file in place; if another node got there first, its file is kept.</summary>
    public static void Publish(string tempPath, string finalPath)
    {
        try
        {
            File.Move(tempPath, finalPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(finalPath))
        {
            File.Delete(tempPath);
        }
    }

    /// <summary>Removes the original and every variant of an image.</summary>
    public void Delete(string id, string storedName)
    {
        File.Delete(OriginalPath(storedName));
        var variants = Path.Combine(root, "variants", id);
        if (Directory.Exists(variants))
        {
            Directory.Delete(variants, recursive: true);
        }
    }

    private static void Check(string id)
    {
        if (!MediaUrls.IsId(id))
        {
            throw new ArgumentException("Not a media id.", nameof(id));
        }
    }
}
