using System.Security.Cryptography;

namespace ThammJobs.Applications.Storage;

/// <summary>
/// Candidate files on disk under random names, outside any public path. A file is written to a temporary name,
/// flushed to disk and renamed into place before its database row is committed; a file whose row never commits
/// is an orphan that <see cref="ListStoredNames"/> lets the maintenance sweep find and delete.
/// </summary>
public sealed partial class DocumentStore(string root)
{
    private string FilesFolder => Path.Combine(root, "files");
    private string TempFolder => Path.Combine(root, "tmp");

    public string Root => root;

    /// <summary>A new temporary file for an upload in progress (deleted by the caller or swept).</summary>
    public FileStream CreateTemp()
    {
        Directory.CreateDirectory(TempFolder);
        var path = Path.Combine(TempFolder, NewName() + ".part");
        return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
    }

    /// <summary>Copies <paramref name="content"/> (from its current position) to a new stored file: temp, flush, rename.</summary>
    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var name = NewName();
        var final = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        Directory.CreateDirectory(TempFolder);
        var temp = Path.Combine(TempFolder, name + ".part");
        try
        {
            long length;
            byte[] hash;
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await target.FlushAsync(cancellationToken);
                target.Flush(flushToDisk: true);
                length = target.Length;
                hash = sha.GetHashAndReset();
            }

            File.Move(temp, final);
            return new StoredFile(name, length, Convert.ToHexStringLower(hash));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public Stream OpenRead(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    public bool Exists(string storedName) => File.Exists(PathOf(storedName));

    /// <summary>Deletes a stored file and the previews made from it (DocumentStore.Previews.cs).</summary>
    public void Delete(string? storedName)
    {
        if (!string.IsNullOrEmpty(storedName))
        {
            File.Delete(PathOf(storedName));
            DeletePreviews(storedName);
        }
    }

    /// <summary>Stored files with their last write time, for the orphan sweep.</summary>
    public IEnumerable<(string Name, DateTime WrittenUtc)> ListStoredNames()
    {
        if (!Directory.Exists(FilesFolder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(FilesFolder, "*", SearchOption.AllDirectories))
        {
            yield return (Path.GetFileName(file), File.GetLastWriteTimeUtc(file));
        }
    }

    /// <summary>Temporary files older than <paramref name="olderThanUtc"/> (a crashed upload left them).</summary>
    public int DeleteStaleTemps(DateTime olderThanUtc)
    {
        if (!Directory.Exists(TempFolder))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(TempFolder))
        {
            if (File.GetLastWriteTimeUtc(file) < olderThanUtc)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Where a stored file lives. Two levels of two hex digits keep folders small with hundreds of thousands of files.</summary>
    public string PathOf(string storedName)
    {
        if (storedName.Length != 32 || !storedName.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a stored file name.", nameof(storedName));
        }

        return Path.Combine(FilesFolder, storedName[..2], storedName[2..4], storedName);
    }

    private static string NewName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

public sealed record StoredFile(string Name, long Length, string Sha256);
