using System.Text.Json;
using System.Text.Json.Nodes;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Recipes;

/// <summary>Writes the site's settings and content as a recipe that imports back to the same state.</summary>
public sealed class RecipeExporter(IEnumerable<IRecipeStep> steps, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Indented = new(ContentJson.Options) { WriteIndented = true };

    public async Task<string> ExportAsync(string name = "export", CancellationToken cancellationToken = default)
    {
        var exported = new JsonArray();
        foreach (var step in steps.OrderBy(s => s.ExportOrder))
        {
            if (await step.ExportAsync(cancellationToken) is { } node)
            {
                exported.Add(node);
            }
        }

        var recipe = new JsonObject
        {
            ["name"] = name,
            ["displayName"] = $"Export du {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC",
            ["steps"] = exported,
        };
        return recipe.ToJsonString(Indented);
    }
}
