using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThammJobs.Web.Backups;

/// <summary>
/// <c>manifest.json</c> of a backup folder, written last (a folder without it is an unfinished backup). Every file of
/// the backup is listed with its SHA-256 in <c>SHA256SUMS</c> (the format of <c>sha256sum -c</c>), whose own hash is
/// recorded here; the database's hash is recorded twice, here and in the list.
/// </summary>
internal sealed record BackupManifest
{
    public const string FileName = "manifest.json";
    public const string ChecksumsFile = "SHA256SUMS";
    public const string DatabaseFile = "thammjobs.db";

    /// <summary>Candidate files sit under this folder of the backup, in the store's own layout.</summary>
    public const string FilesFolder = "applications";

    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public int Format { get; init; } = CurrentFormat;
    public required DateTime CreatedUtc { get; init; }
    public required string DatabaseSha256 { get; init; }
    public required long DatabaseBytes { get; init; }

    /// <summary>The last EF Core migration of the snapshot; a newer site migrates it at its first start.</summary>
    public string? LastMigration { get; init; }

    public required int Applications { get; init; }
    public required int ContentItems { get; init; }
    public required int Files { get; init; }
    public required long FilesBytes { get; init; }

    /// <summary>Files named in the snapshot but gone from the store (deleted by a rescan or an erasure meanwhile).</summary>
    public required int FilesMissing { get; init; }

    public required string ChecksumsSha256 { get; init; }

    public string SearchIndex { get; init; } = "not included: rebuilt from the database at the next start";

    [JsonIgnore]
    public string Summary =>
        $"{Applications} candidature(s), {ContentItems} contenu(s), base {DatabaseBytes / 1024} Kio (SHA-256 {DatabaseSha256}), " +
        $"{Files} fichier(s) de candidature ({FilesBytes / 1024} Kio)" + (FilesMissing > 0 ? $", {FilesMissing} absent(s) du dossier" : "");

    public async Task WriteAsync(string folder, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json), cancellationToken);

    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupRefusedException($"Pas de {FileName} dans {folder} : ce n'est pas une sauvegarde terminée.");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(path, cancellationToken), Json);
            return manifest is { Format: CurrentFormat }
                ? manifest
                : throw new BackupRefusedException($"{path} : format de sauvegarde inconnu.");
        }
        catch (JsonException exception)
        {
            throw new BackupRefusedException($"{path} est illisible : {exception.Message}");
        }
    }

    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
