using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Recipes;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Recipes;

/// <summary>A bad recipe is refused whole, with messages naming the step and the field, and changes nothing.</summary>
public abstract class MalformedRecipeTests : IDisposable
{
    private readonly SiteFactory site;

    protected MalformedRecipeTests(DatabaseKind kind)
    {
        site = new SiteFactory(kind: kind);
        _ = site.CreateClient();
    }

    public void Dispose() => site.Dispose();

    private static JsonObject SeedRecipe() => JsonNode.Parse(File.ReadAllText(SiteContent.RecipePath("thamm-plus")))!.AsObject();

    private static JsonObject Item(JsonObject recipe, int index) => recipe["steps"]![1]!["items"]![index]!.AsObject();

    private async Task<RecipeValidationException> RefusedAsync(string json)
    {
        var before = (await SiteContent.VersionsAsync(site), await SiteContent.SettingsAsync(site), (await SiteContent.RunsAsync(site)).Count);
        var refusal = await Assert.ThrowsAsync<RecipeValidationException>(() =>
            site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ImportAsync(json)));

        var after = (await SiteContent.VersionsAsync(site), await SiteContent.SettingsAsync(site), (await SiteContent.RunsAsync(site)).Count);
        Assert.Equal(before.Item1.Select(v => (v.Id, v.Data, v.Latest, v.Published)), after.Item1.Select(v => (v.Id, v.Data, v.Latest, v.Published)));
        Assert.Equal(before.Item2, after.Item2);
        Assert.Equal(before.Item3, after.Item3);
        return refusal;
    }

    [Fact]
    public async Task Field_errors_name_the_step_the_item_and_the_field()
    {
        var recipe = SeedRecipe();
        var offer = Item(recipe, 2)["data"]!.AsObject();
        offer["deadline"]!["timeZone"] = "Africa/Casablance";
        offer["title"] = "";
        Item(recipe, 0)["culture"] = "en";
        recipe["steps"]![0]!["values"]!["SiteName.fr"] = "Changé";

        var refusal = await RefusedAsync(recipe.ToJsonString());

        Assert.Contains(refusal.Errors, e => e.StartsWith("steps[1] (content) › items[2].data.deadline.timeZone", StringComparison.Ordinal) && e.Contains("Africa/Casablance", StringComparison.Ordinal));
        Assert.Contains(refusal.Errors, e => e.StartsWith("steps[1] (content) › items[2].data.title", StringComparison.Ordinal));
        Assert.Contains(refusal.Errors, e => e.StartsWith("steps[1] (content) › items[0].culture", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_named()
    {
        var recipe = SeedRecipe();
        Item(recipe, 2)["data"]!["minYearsExperience"] = "huit";

        var refusal = await RefusedAsync(recipe.ToJsonString());

        var error = Assert.Single(refusal.Errors);
        Assert.StartsWith("steps[1] (content) › items[2].data", error, StringComparison.Ordinal);
        Assert.Contains("minYearsExperience", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_field_is_refused_rather_than_silently_dropped()
    {
        var recipe = SeedRecipe();
        Item(recipe, 2)["data"]!["deadlinee"] = "2026-03-19";

        var refusal = await RefusedAsync(recipe.ToJsonString());

        Assert.Contains("deadlinee", Assert.Single(refusal.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_taken_by_another_item_rolls_back_the_steps_before_it()
    {
        var recipe = SeedRecipe();
        recipe["steps"]![0]!["values"]!["SiteName.fr"] = "Changé avant l'échec";
        var intruder = Item(recipe, 6).DeepClone().AsObject();
        intruder["id"] = "page-intruder-fr";
        intruder["translationSet"] = "page-intruder";
        intruder["slug"] = "a-propos";
        var items = new JsonArray(intruder);
        recipe["steps"]![1]!["items"] = items;

        var refusal = await RefusedAsync(recipe.ToJsonString());

        Assert.Contains(refusal.Errors, e => e.Contains("a-propos", StringComparison.Ordinal) && e.Contains("page-about-fr", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"name\":\"x\"}")]
    [InlineData("{\"name\":\"Bad Name\",\"steps\":[]}")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"teleport\"}]}")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"content\",\"items\":{}}]}")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"content\",\"items\":[{\"id\":\"a\"}]}]}")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"settings\",\"values\":{\"a\":1}}]}")]
    [InlineData("{\"name\":\"x\",\"steps\":[42]}")]
    public async Task Malformed_documents_are_refused_with_a_message(string json)
    {
        var refusal = await RefusedAsync(json);

        Assert.NotEmpty(refusal.Errors);
        Assert.All(refusal.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e)));
    }

    [Fact]
    public async Task Two_items_with_one_id_in_a_recipe_are_refused()
    {
        var recipe = SeedRecipe();
        Item(recipe, 1)["id"] = Item(recipe, 0)["id"]!.GetValue<string>();

        var refusal = await RefusedAsync(recipe.ToJsonString());

        Assert.Contains(refusal.Errors, e => e.StartsWith("steps[1] (content) › items[1].id", StringComparison.Ordinal));
    }
}

public sealed class MalformedRecipeTestsOnSqlite() : MalformedRecipeTests(DatabaseKind.Sqlite);

public sealed class MalformedRecipeTestsOnPostgreSql() : MalformedRecipeTests(DatabaseKind.PostgreSql);
