using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThammJobs.Content.Recipes;

/// <summary>
/// A named step of a recipe. <see cref="Parse"/> checks the step completely before anything is written;
/// <see cref="ApplyAsync"/> then runs inside the import's transaction; <see cref="ExportAsync"/> writes the
/// step back from the site so that an export re-imports to the same state.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Order of the step in an export (settings before content).</summary>
    int ExportOrder { get; }

    object? Parse(JsonElement step, string path, RecipeErrors errors);

    Task ApplyAsync(object plan, RecipeContext context, CancellationToken cancellationToken);

    Task<JsonObject?> ExportAsync(CancellationToken cancellationToken);
}
