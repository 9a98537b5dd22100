using System.Text.Json;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Cli;

namespace ThammJobs.Web.Tests.Backups;

/// <summary>`backup` and `restore` through the real process, as an administrator or a systemd timer runs them.</summary>
public sealed class BackupVerbsTests
{
    [Fact]
    public async Task Backup_then_restore_through_the_command_line()
    {
        var site = TempFolder.Create();
        var recipe = Path.Combine(AppContext.BaseDirectory, "content-recipes", "thamm-plus.recipe.json");
        var import = await HostProcess.RunAsync(site, "recipes", "import", recipe);
        Assert.True(import.ExitCode == 0, import.Error);

        var folder = Path.Combine(TempFolder.Create(), "2026-11-26");
        var backup = await HostProcess.RunAsync(site, "backup", folder);
        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains("Sauvegarde écrite", backup.Output, StringComparison.Ordinal);
        Assert.Contains("index de recherche n'est pas sauvegardé", backup.Output, StringComparison.Ordinal);
        using (var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"))))
        {
            Assert.Equal(8, manifest.RootElement.GetProperty("contentItems").GetInt32());
        }

        var fresh = TempFolder.Create();
        var restore = await HostProcess.RunAsync(fresh, "restore", folder);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.True(File.Exists(Path.Combine(fresh, "thammjobs.db")));

        var again = await HostProcess.RunAsync(fresh, "restore", folder);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);

        var forced = await HostProcess.RunAsync(fresh, "restore", folder, "--force");
        Assert.True(forced.ExitCode == 0, forced.Error);

        var export = Path.Combine(fresh, "export.recipe.json");
        Assert.Equal(0, (await HostProcess.RunAsync(fresh, "recipes", "export", export)).ExitCode);
        Assert.Contains("offer-expert-migration-nationale", await File.ReadAllTextAsync(export), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_backup_verb_prints_the_usage()
    {
        var result = await HostProcess.RunAsync(TempFolder.Create(), "restore", "somewhere", "--now");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("restore <folder> [--force]", result.Error, StringComparison.Ordinal);
    }
}
