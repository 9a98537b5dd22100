using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Testing;
using ThammJobs.Web.Backups;
using ThammJobs.Web.Tests.Applications;
using ThammJobs.Web.Tests.Search;

namespace ThammJobs.Web.Tests.Backups;

/// <summary>
/// <c>backup</c> and <c>restore</c> run in-process against real sites: a backup taken while the site runs and
/// takes applications, restored into a fresh data folder and served again; tampered backups and overwrites refused.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string OfferId = "offer-expert-migration-nationale-fr";

    [Fact]
    public async Task A_backup_taken_while_the_site_takes_applications_restores_into_a_fresh_folder_with_files_and_search()
    {
        var folder = Path.Combine(TempFolder.Create(), "backup");
        Dictionary<string, Dictionary<string, string?>> before;
        string statusPath;
        BackupManifest manifest;
        using (var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline))
        {
            statusPath = await Candidate.ApplyAsync(site);

            // Candidates keep applying during the backup: the snapshot holds whatever had committed, files included.
            var writing = Task.Run(async () =>
            {
                for (var i = 0; i < 3; i++)
                {
                    await Candidate.ApplyAsync(site, email: $"candidate{i}@example.ma");
                }
            });
            manifest = await BackupSites.BackupAsync(site, folder);
            await writing;
            before = await BackupSites.ApplicationFilesAsync(site);
        }

        Assert.InRange(manifest.Applications, 1, 4);
        Assert.True(manifest.Files >= 3 * manifest.Applications, $"{manifest.Files} files for {manifest.Applications} applications");
        Assert.Equal(0, manifest.FilesMissing);
        Assert.NotNull(manifest.LastMigration);
        Assert.Equal(manifest.DatabaseSha256, await BackupManifest.Sha256Async(Path.Combine(folder, "thammjobs.db"), CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(folder, "search")), "the search index is not backed up");

        using var database = TestDatabase.Create();
        await new RestoreCommand().RunAsync(SiteStorage.InDataFolder(database.DataFolder), folder, force: false, CancellationToken.None);
        using var restored = new SiteFactory(database, now: ApplyFlowTests.BeforeDeadline);
        var after = await BackupSites.ApplicationFilesAsync(restored);

        Assert.Equal(manifest.Applications, after.Count);
        foreach (var (number, files) in after)
        {
            Assert.Equal(before[number], files);
            Assert.All(files.Values, Assert.NotNull);
        }

        // The first candidate's signed link still works (Data Protection keys live in the database).
        var status = await Candidate.Client(restored).GetAsync(statusPath);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("THAMM-2026-000001", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(OfferId, await SearchApi.IdsAsync(restored.CreateClient(), "q=migration&status=all"));
    }

    [Fact]
    public async Task Restoring_over_a_site_needs_force_and_leaves_no_newer_search_results_behind()
    {
        using var database = TestDatabase.Create();
        var folder = Path.Combine(TempFolder.Create(), "backup");
        using (var site = new SiteFactory(database))
        {
            await BackupSites.BackupAsync(site, folder);

            // After the backup the offer is renamed: the index (and its cursor) now run ahead of the backup.
            await RenameOfferAsync(site, "Expert.e en astrophysique lunaire");
            var before = site.CreateClient();
            await SearchApi.WaitUntilAsync(async () => (await SearchApi.IdsAsync(before, "q=astrophysique&status=all")).Contains(OfferId), TimeSpan.FromSeconds(15));
            Assert.Contains(OfferId, await SearchApi.IdsAsync(before, "q=astrophysique&status=all"));

            var whileRunning = await Assert.ThrowsAsync<BackupRefusedException>(() =>
                new RestoreCommand().RunAsync(SiteStorage.InDataFolder(database.DataFolder), folder, force: true, CancellationToken.None));
            Assert.Contains("arrêtez-le", whileRunning.Message, StringComparison.Ordinal);
        }

        var storage = SiteStorage.InDataFolder(database.DataFolder);
        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => new RestoreCommand().RunAsync(storage, folder, force: false, CancellationToken.None));
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);

        await new RestoreCommand().RunAsync(storage, folder, force: true, CancellationToken.None);
        Assert.False(Directory.Exists(Path.Combine(database.DataFolder, "search", "index")), "the stale index is gone");

        using var restored = new SiteFactory(database);
        var client = restored.CreateClient();
        Assert.DoesNotContain(OfferId, await SearchApi.IdsAsync(client, "q=astrophysique&status=all"));
        Assert.Contains(OfferId, await SearchApi.IdsAsync(client, "q=migration&status=all"));

        // The restored site indexes new changes normally.
        await RenameOfferAsync(restored, "Expert.e en océanographie");
        await SearchApi.WaitUntilAsync(async () => (await SearchApi.IdsAsync(client, "q=océanographie&status=all")).Contains(OfferId), TimeSpan.FromSeconds(15));
        Assert.Contains(OfferId, await SearchApi.IdsAsync(client, "q=océanographie&status=all"));
    }

    [Theory]
    [InlineData("database")]
    [InlineData("file")]
    [InlineData("manifest")]
    public async Task A_tampered_backup_is_refused_before_anything_is_written(string what)
    {
        var folder = Path.Combine(TempFolder.Create(), "backup");
        using (var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline))
        {
            await Candidate.ApplyAsync(site);
            await BackupSites.BackupAsync(site, folder);
        }

        var target = what switch
        {
            "database" => Path.Combine(folder, "thammjobs.db"),
            "file" => Directory.EnumerateFiles(Path.Combine(folder, "applications"), "*", SearchOption.AllDirectories).First(),
            _ => Path.Combine(folder, "SHA256SUMS"),
        };
        var bytes = await File.ReadAllBytesAsync(target);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(target, bytes);

        var dataFolder = TempFolder.Create();
        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() =>
            new RestoreCommand().RunAsync(SiteStorage.InDataFolder(dataFolder), folder, force: false, CancellationToken.None));

        Assert.Contains(what == "manifest" ? "manifeste" : "SHA-256", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataFolder));
    }

    [Fact]
    public async Task A_backup_never_writes_into_a_folder_that_holds_something()
    {
        var folder = TempFolder.Create();
        await File.WriteAllTextAsync(Path.Combine(folder, "old.txt"), "x");
        using var site = new SiteFactory();

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => BackupSites.BackupAsync(site, folder));

        Assert.Contains("n'est pas vide", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_postgresql_both_commands_point_at_pg_dump()
    {
        var postgres = new SiteStorage(null, TempFolder.Create(), TempFolder.Create());

        var backup = await Assert.ThrowsAsync<BackupRefusedException>(() => new BackupCommand(TimeProvider.System).RunAsync(postgres, TempFolder.Create(), CancellationToken.None));
        var restore = await Assert.ThrowsAsync<BackupRefusedException>(() => new RestoreCommand().RunAsync(postgres, TempFolder.Create(), force: true, CancellationToken.None));

        Assert.Contains("pg_dump -Fc", backup.Message, StringComparison.Ordinal);
        Assert.Contains("docs/deployment.md", restore.Message, StringComparison.Ordinal);
    }

    private static async Task RenameOfferAsync(SiteFactory site, string title) =>
        await site.WithScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>("offer-expert-migration-nationale", "fr");
            var data = JsonNode.Parse(item!.Version.Data)!.AsObject();
            data["title"] = title;
            var draft = new ContentDraft(OfferId, ContentTypes.JobOffer, "fr", "offer-expert-migration-nationale", item.Version.Slug, ContentJson.Deserialize<JobOffer>(data.ToJsonString()));
            return await sp.GetRequiredService<ContentManager>().SaveAsync(draft, publish: true, author: "test");
        });
}
