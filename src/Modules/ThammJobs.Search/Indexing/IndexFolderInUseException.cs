namespace ThammJobs.Search.Indexing;

public sealed class IndexFolderInUseException(string folder, Exception inner)
    : IOException($"The search index folder {folder} is used by another process; each node needs its own folder.", inner);
