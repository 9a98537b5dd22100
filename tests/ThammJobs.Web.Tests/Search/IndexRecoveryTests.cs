using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Data;
using ThammJobs.Search;
using ThammJobs.Search.Indexing;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Cli;

namespace ThammJobs.Web.Tests.Search;

/// <summary>The local index is a cache of the database: missing, corrupt or locked, the site copes.</summary>
public sealed class IndexRecoveryTests
{
    private static string IndexFolder(SiteFactory site) => site.Services.GetRequiredService<SearchOptions>().IndexFolder;

    [Fact]
    public async Task A_missing_index_is_rebuilt_at_start_up()
    {
        using var database = TestDatabase.Create();
        string folder;
        using (var first = new SiteFactory(database))
        {
            _ = first.CreateClient();
            folder = IndexFolder(first);
        }

        Directory.Delete(Path.Combine(folder, "index"), recursive: true);
        using var second = new SiteFactory(database);

        Assert.Contains("offer-expert-migration-nationale-fr", await SearchApi.IdsAsync(second.CreateClient(), "q=migration&status=all"));
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_at_start_up()
    {
        using var database = TestDatabase.Create();
        string folder;
        using (var first = new SiteFactory(database))
        {
            _ = first.CreateClient();
            folder = IndexFolder(first);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "index")).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, [0x42, 0x41, 0x44]);
        }

        using var second = new SiteFactory(database);

        Assert.Contains("offer-expert-migration-nationale-fr", await SearchApi.IdsAsync(second.CreateClient(), "q=migration&status=all"));
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_is_refused()
    {
        using var site = new SiteFactory();
        _ = site.CreateClient();

        var error = Assert.Throws<IndexFolderInUseException>(() => IndexFolderLock.Acquire(IndexFolder(site)));

        Assert.Contains("another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rebuild_command_rebuilds_the_index_of_a_stopped_site()
    {
        using var database = TestDatabase.Create();
        using (var site = new SiteFactory(database))
        {
            _ = site.CreateClient();
        }

        var result = await HostProcess.RunAsync(database.DataFolder, "search", "rebuild");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Index de recherche reconstruit", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rebuild_command_asks_a_running_site_to_rebuild_its_index()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var index = site.Services.GetRequiredService<SearchIndex>();

        // Another process: the running site holds the index folder, so the command leaves a rebuild task.
        var result = await HostProcess.RunAsync(site.Database.DataFolder, "search", "rebuild");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("reconstruction demandée", result.Output, StringComparison.Ordinal);

        var queued = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<IndexingTask>().MaxAsync(t => t.Id));
        var after = await SearchApi.WaitUntilAsync(() => Task.FromResult(index.Cursor >= queued), TimeSpan.FromSeconds(10));
        Assert.True(index.Cursor >= queued, $"the rebuild task was not applied after {after.TotalSeconds} s");
        Assert.Contains("offer-expert-migration-nationale-fr", await SearchApi.IdsAsync(client, "q=migration&status=all"));
    }
}
