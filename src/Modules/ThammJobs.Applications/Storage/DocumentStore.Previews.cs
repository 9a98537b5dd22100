namespace ThammJobs.Applications.Storage;

/// <summary>
/// Previews made from stored files (first page of a PDF as a large and a small JPEG, or its text), under
/// <c>{root}/previews/ab/cd/{stored name}.{kind}</c>: outside any web root like the files themselves, named after
/// the stored file (so no column records them and <see cref="DocumentStore.Delete"/> removes them with it), written
/// to a temporary file, flushed and renamed into place like every stored file.
/// </summary>
public sealed partial class DocumentStore
{
    private string PreviewsFolder => Path.Combine(root, "previews");

    public string PreviewPathOf(string storedName, PreviewKind kind)
    {
        var source = PathOf(storedName);   // validates the name
        return Path.Combine(PreviewsFolder, storedName[..2], storedName[2..4], Path.GetFileName(source) + Extension(kind));
    }

    public bool PreviewExists(string storedName, PreviewKind kind) => File.Exists(PreviewPathOf(storedName, kind));

    public Stream OpenPreview(string storedName, PreviewKind kind) =>
        new FileStream(PreviewPathOf(storedName, kind), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    /// <summary>
    /// Lets <paramref name="write"/> fill a temporary file; when it returns true the file is flushed and renamed
    /// into place (replacing a copy another node made meanwhile: both are the same preview). When the source
    /// file went away meanwhile (erased while its preview was drawn), the preview is removed again.
    /// </summary>
    public async Task<bool> SavePreviewAsync(string storedName, PreviewKind kind, Func<Stream, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var final = PreviewPathOf(storedName, kind);
        string temp;
        var kept = false;
        await using (var stream = CreateTemp())
        {
            temp = stream.Name;
            try
            {
                if (await write(stream, cancellationToken) && stream.Length > 0)
                {
                    await stream.FlushAsync(cancellationToken);
                    stream.Flush(flushToDisk: true);
                    kept = true;
                }
            }
            catch
            {
                await stream.DisposeAsync();
                File.Delete(temp);
                throw;
            }
        }

        if (!kept)
        {
            File.Delete(temp);
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        File.Move(temp, final, overwrite: true);
        if (!Exists(storedName))
        {
            DeletePreviews(storedName);
            return false;
        }

        return true;
    }

    /// <summary>Previews whose stored file no longer exists (a crash between the two deletions), older than <paramref name="olderThanUtc"/>.</summary>
    public int DeletePreviewsWithoutSource(DateTime olderThanUtc)
    {
        if (!Directory.Exists(PreviewsFolder))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(PreviewsFolder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var stored = name.Length > 32 ? name[..32] : "";
            if (File.GetLastWriteTimeUtc(file) < olderThanUtc && (!IsStoredName(stored) || !Exists(stored)))
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    private void DeletePreviews(string storedName)
    {
        if (!IsStoredName(storedName))
        {
            return;
        }

        foreach (var kind in Enum.GetValues<PreviewKind>())
        {
            var path = PreviewPathOf(storedName, kind);
            if (File.Exists(path))   // its folder may not exist at all: most files have no preview
            {
                File.Delete(path);
            }
        }
    }

    private static bool IsStoredName(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);

    private static string Extension(PreviewKind kind) => kind switch
    {
        PreviewKind.Image => ".jpg",
        PreviewKind.SmallImage => ".small.jpg",
        PreviewKind.Text => ".txt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>The previews a stored file may have.</summary>
public enum PreviewKind
{
    /// <summary>The first page drawn at the configured size (800 px), shown when the thumbnail is opened.</summary>
    Image,

    /// <summary>The same page at the thumbnail size of scans, shown in the candidate file.</summary>
    SmallImage,

    /// <summary>The first page's text (without pdftoppm).</summary>
    Text,
}
