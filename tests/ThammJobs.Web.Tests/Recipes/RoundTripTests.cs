using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Recipes;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Recipes;

public abstract class RoundTripTests(DatabaseKind kind)
{
    [Fact]
    public async Task An_export_imported_into_an_empty_database_reproduces_the_same_items()
    {
        using var source = new SiteFactory(kind: kind).With("ThammJobs:ImportDemoRecipe", "true");
        _ = source.CreateClient();
        var exported = await source.WithScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync());

        using var target = new SiteFactory(kind: kind).With("ThammJobs:SeedOnEmptyDatabase", "false");
        _ = target.CreateClient();
        Assert.Empty(await SiteContent.VersionsAsync(target));
        var run = await target.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ImportAsync(exported));

        Assert.Equal(16, run.ItemsCreated);
        Assert.Equal(await SiteContent.LatestAsync(source), await SiteContent.LatestAsync(target));
        Assert.Equal(await SiteContent.SettingsAsync(source), await SiteContent.SettingsAsync(target));

        var again = await target.WithScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync());
        Assert.Equal(WithoutDisplayName(exported), WithoutDisplayName(again));
    }

    [Fact]
    public async Task A_changed_item_gets_a_new_version_and_keeps_its_history()
    {
        using var site = new SiteFactory(kind: kind);
        _ = site.CreateClient();
        var recipe = await File.ReadAllTextAsync(SiteContent.RecipePath("thamm-plus"));
        var edited = recipe.Replace("\"title\": \"À propos\"", "\"title\": \"À propos du site\"", StringComparison.Ordinal);
        Assert.NotEqual(recipe, edited);

        var run = await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ImportAsync(edited));

        Assert.Equal((0, 1, 7), (run.ItemsCreated, run.ItemsUpdated, run.ItemsUnchanged));
        var versions = (await SiteContent.VersionsAsync(site)).Where(v => v.ContentItemId == "page-about-fr").ToList();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal([false, true], versions.Select(v => v.Latest));
        Assert.Equal([false, true], versions.Select(v => v.Published));
        Assert.Equal(versions[0].CreatedUtc, versions[1].CreatedUtc);
        Assert.Contains("À propos du site", await site.CreateClient().GetStringAsync("/fr/pages/a-propos"), StringComparison.Ordinal);
    }

    private static string WithoutDisplayName(string recipe) =>
        System.Text.RegularExpressions.Regex.Replace(recipe, "\"displayName\": \"[^\"]*\"", "");
}

public sealed class RoundTripTestsOnSqlite() : RoundTripTests(DatabaseKind.Sqlite);

public sealed class RoundTripTestsOnPostgreSql() : RoundTripTests(DatabaseKind.PostgreSql);
