using System.Text.Json;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Cli;

/// <summary>
/// The host's command-line verbs, run as a real process: the same binary `dotnet run --project
/// src/ThammJobs.Web -- recipes …` builds and starts.
/// </summary>
public sealed class RecipeVerbsTests
{
    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string dataFolder, params string[] args) =>
        HostProcess.RunAsync(dataFolder, args);

    [Fact]
    public async Task Import_then_export_through_the_command_line()
    {
        var folder = TempFolder.Create();
        var recipe = Path.Combine(AppContext.BaseDirectory, "content-recipes", "thamm-plus.recipe.json");

        var import = await RunAsync(folder, "recipes", "import", recipe);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("8 créé(s)", import.Output, StringComparison.Ordinal);

        var again = await RunAsync(folder, "recipes", "import", recipe);
        Assert.Contains("0 créé(s), 0 mis à jour, 8 inchangé(s)", again.Output, StringComparison.Ordinal);

        var exportPath = Path.Combine(folder, "export.recipe.json");
        var export = await RunAsync(folder, "recipes", "export", exportPath);
        Assert.True(export.ExitCode == 0, export.Error);
        using var exported = JsonDocument.Parse(await File.ReadAllTextAsync(exportPath));
        var content = exported.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "content");
        Assert.Equal(8, content.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_malformed_recipe_fails_with_the_field_named_and_a_non_zero_exit()
    {
        var folder = TempFolder.Create();
        var bad = Path.Combine(folder, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """{"name":"bad","steps":[{"name":"content","items":[{"id":"x","type":"Page","culture":"fr","translationSet":"x","slug":"x","data":{"title":"","body":"b"}}]}]}""");

        var result = await RunAsync(folder, "recipes", "import", bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("steps[0] (content) › items[0].data.title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_verb_prints_the_usage()
    {
        var result = await RunAsync(TempFolder.Create(), "recipes", "explode");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: recipes import <file> | recipes export <file> | search rebuild", result.Error, StringComparison.Ordinal);
    }
}
