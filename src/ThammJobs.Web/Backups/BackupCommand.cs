using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using ThammJobs.Applications.Storage;

namespace ThammJobs.Web.Backups;

/// <summary>
/// <c>backup &lt;folder&gt;</c>: an online backup of a SQLite site, safe while the site runs and writes. The database is
/// copied with <c>VACUUM INTO</c> (a consistent snapshot, never the bare file: in WAL mode recent commits live in
/// the -wal file); then the candidate files named in that snapshot are copied (stored files are never modified,
/// only created and deleted, so a copy made while the site runs is exact; files written after the snapshot
/// belong to rows the snapshot does not have). The search index is not copied: it is rebuilt from the database.
/// </summary>
internal sealed class BackupCommand(TimeProvider clock)
{
    public async Task<BackupManifest> RunAsync(SiteStorage site, string folder, CancellationToken cancellationToken)
    {
        if (!site.IsSqlite)
        {
            throw new BackupRefusedException(BackupRefusedException.PostgreSqlAdvice);
        }

        if (!File.Exists(site.DatabasePath))
        {
            throw new BackupRefusedException($"Aucune base de données à sauvegarder : {site.DatabasePath} n'existe pas.");
        }

        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupRefusedException($"{folder} n'est pas vide : donnez un nouveau dossier à chaque sauvegarde.");
        }

        Directory.CreateDirectory(folder);
        var createdUtc = clock.GetUtcNow().UtcDateTime;
        var databaseCopy = Path.Combine(folder, BackupManifest.DatabaseFile);
        await SnapshotAsync(site.DatabasePath!, databaseCopy, cancellationToken);
        var contents = await SnapshotContents.ReadAsync(databaseCopy, cancellationToken);
        var databaseSha256 = await BackupManifest.Sha256Async(databaseCopy, cancellationToken);

        var sums = new StringBuilder();
        sums.Append(CultureInfo.InvariantCulture, $"{databaseSha256}  {BackupManifest.DatabaseFile}\n");
        var store = new DocumentStore(site.FilesRoot);
        int files = 0, missing = 0;
        long bytes = 0;
        foreach (var name in contents.StoredNames)
        {
            var source = store.PathOf(name);
            var relative = BackupManifest.FilesFolder + "/" + Path.GetRelativePath(store.Root, source).Replace(Path.DirectorySeparatorChar, '/');
            var copied = await CopyAsync(source, Path.Combine(folder, relative), cancellationToken);
            if (copied is null)
            {
                missing++;
                continue;
            }

            files++;
            bytes += copied.Value.Length;
            sums.Append(CultureInfo.InvariantCulture, $"{copied.Value.Sha256}  {relative}\n");
        }

        var checksums = Path.Combine(folder, BackupManifest.ChecksumsFile);
        await File.WriteAllTextAsync(checksums, sums.ToString(), cancellationToken);
        var manifest = new BackupManifest
        {
            CreatedUtc = createdUtc,
            DatabaseSha256 = databaseSha256,
            DatabaseBytes = new FileInfo(databaseCopy).Length,
            LastMigration = contents.LastMigration,
            Applications = contents.Applications,
            ContentItems = contents.ContentItems,
            Files = files,
            FilesBytes = bytes,
            FilesMissing = missing,
            ChecksumsSha256 = await BackupManifest.Sha256Async(checksums, cancellationToken),
        };
        await manifest.WriteAsync(folder, cancellationToken);
        return manifest;
    }

    /// <summary>
    /// <c>VACUUM INTO</c> reads one consistent snapshot through SQLite's own locking (WAL: it never blocks the
    /// site's writers); the copy is then switched to a self-contained rollback journal file and checked.
    /// </summary>
    private static async Task SnapshotAsync(string databasePath, string target, CancellationToken cancellationToken)
    {
        var live = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using (var connection = new SqliteConnection(live.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", target);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        var copy = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using (var connection = new SqliteConnection(copy.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE; PRAGMA quick_check;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var check = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : "";
            if (check != "ok")
            {
                throw new BackupRefusedException($"La copie de la base ne passe pas PRAGMA quick_check : {check}");
            }
        }
    }

    /// <summary>Copies a stored file and hashes it on the way; null when it is gone (deleted since the snapshot).</summary>
    private static async Task<(long Length, string Sha256)?> CopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        FileStream input;
        try
        {
            input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        await using (input)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await output.FlushAsync(cancellationToken);
            output.Flush(flushToDisk: true);
            return (output.Length, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
    }
}
