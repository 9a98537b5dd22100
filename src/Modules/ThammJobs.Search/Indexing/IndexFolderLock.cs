namespace ThammJobs.Search.Indexing;

/// <summary>
/// One writer per index folder, across processes. Lucene's default lock does not stop a second process on
/// Linux; an exclusive OS lock on a file does (.NET takes flock(LOCK_EX) for FileShare.None), and the kernel
/// releases it when the process dies, so a crash leaves no stale lock behind.
/// </summary>
public sealed class IndexFolderLock : IDisposable
{
    private readonly FileStream stream;

    private IndexFolderLock(FileStream stream) => this.stream = stream;

    public static IndexFolderLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "node.lock");
        try
        {
            return new IndexFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            throw new IndexFolderInUseException(folder, exception);
        }
    }

    public void Dispose() => stream.Dispose();
}
