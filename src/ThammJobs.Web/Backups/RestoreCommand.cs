using Microsoft.Data.Sqlite;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Web.Backups;

/// <summary>
/// <c>restore &lt;folder&gt; [--force]</c>, with the site stopped: checks every file of the backup against
/// <c>SHA256SUMS</c> and the manifest before touching anything, then puts the database and the candidate files in
/// place and deletes this node's search index. The index must go: its cursor (the last indexing task applied) is
/// likely ahead of the restored database's tasks, and the node would otherwise keep serving the newer index and
/// skip the tasks the restored database writes next. The next start rebuilds it from the restored database.
/// </summary>
internal sealed class RestoreCommand
{
    public async Task<BackupManifest> RunAsync(SiteStorage site, string folder, bool force, CancellationToken cancellationToken)
    {
        if (!site.IsSqlite)
        {
            throw new BackupRefusedException(BackupRefusedException.PostgreSqlAdvice);
        }

        folder = Path.GetFullPath(folder);
        var manifest = await BackupManifest.ReadAsync(folder, cancellationToken);
        var files = await VerifyAsync(folder, manifest, cancellationToken);

        var databasePath = site.DatabasePath!;
        if (File.Exists(databasePath) && !force)
        {
            throw new BackupRefusedException($"{databasePath} existe déjà : ajoutez --force pour le remplacer par la sauvegarde.");
        }

        // A running site on this node holds its index folder: refuse rather than pull the database from under it.
        IndexFolderLock indexLock;
        try
        {
            indexLock = IndexFolderLock.Acquire(site.SearchIndexFolder);
        }
        catch (IndexFolderInUseException)
        {
            throw new BackupRefusedException($"Le site tourne (il tient {site.SearchIndexFolder}) : arrêtez-le avant de restaurer.");
        }

        using (indexLock)
        {
            await PutDatabaseAsync(Path.Combine(folder, BackupManifest.DatabaseFile), databasePath, cancellationToken);
            foreach (var relative in files)
            {
                var target = Path.Combine(site.FilesRoot, relative[(BackupManifest.FilesFolder.Length + 1)..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(folder, relative), target, overwrite: true);
            }

            var index = Path.Combine(site.SearchIndexFolder, "index");
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }
        }

        return manifest;
    }

    /// <summary>Every listed file hashed and compared; returns the candidate files' relative paths.</summary>
    private static async Task<List<string>> VerifyAsync(string folder, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var checksums = Path.Combine(folder, BackupManifest.ChecksumsFile);
        if (!File.Exists(checksums) || await BackupManifest.Sha256Async(checksums, cancellationToken) != manifest.ChecksumsSha256)
        {
            throw new BackupRefusedException($"{checksums} manque ou ne correspond pas au manifeste : sauvegarde altérée.");
        }

        var files = new List<string>();
        var sawDatabase = false;
        foreach (var line in await File.ReadAllLinesAsync(checksums, cancellationToken))
        {
            var separator = line.IndexOf("  ", StringComparison.Ordinal);
            var (hash, relative) = separator == 64 ? (line[..64], line[66..]) : ("", line);
            var isDatabase = relative == BackupManifest.DatabaseFile;
            if (hash.Length == 0 || !(isDatabase || IsFilePath(relative)))
            {
                throw new BackupRefusedException($"{checksums} : ligne inattendue « {line} ».");
            }

            var path = Path.Combine(folder, relative);
            if (!File.Exists(path) || await BackupManifest.Sha256Async(path, cancellationToken) != hash)
            {
                throw new BackupRefusedException($"{relative} manque ou a changé depuis la sauvegarde (SHA-256 différent) : restauration refusée.");
            }

            if (isDatabase)
            {
                sawDatabase = hash == manifest.DatabaseSha256;
            }
            else
            {
                files.Add(relative);
            }
        }

        if (!sawDatabase || files.Count != manifest.Files)
        {
            throw new BackupRefusedException($"{checksums} ne correspond pas au manifeste (base ou nombre de fichiers) : restauration refusée.");
        }

        return files;
    }

    /// <summary><c>applications/files/ab/cd/&lt;32 hex&gt;</c> and nothing else: a listed path never leaves the store.</summary>
    private static bool IsFilePath(string relative)
    {
        var parts = relative.Split('/');
        return parts is [BackupManifest.FilesFolder, "files", { Length: 2 } a, { Length: 2 } b, { Length: 32 } name]
            && name.All(char.IsAsciiHexDigitLower) && name.StartsWith(a + b, StringComparison.Ordinal);
    }

    /// <summary>Copy beside the target, drop the old WAL and shared-memory files (they belong to the old database), rename.</summary>
    private static async Task PutDatabaseAsync(string source, string target, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".restoring";
        await using (var input = File.OpenRead(source))
        await using (var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await input.CopyToAsync(output, cancellationToken);
            output.Flush(flushToDisk: true);
        }

        File.Delete(target + "-wal");
        File.Delete(target + "-shm");
        File.Move(temp, target, overwrite: true);
    }
}
