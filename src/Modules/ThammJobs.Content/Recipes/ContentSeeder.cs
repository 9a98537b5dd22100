using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Recipes;

/// <summary>
/// At start-up: the real THAMM+ recipe on an empty database, and the demo recipe once when asked for.
/// Both are upserts on stable ids, so even a race between two nodes cannot duplicate an item.
/// </summary>
public sealed class ContentSeeder(ThammJobsDbContext db, RecipeExecutor executor, IOptions<ContentOptions> options, ILogger<ContentSeeder> logger)
{
    public const string MainRecipe = "thamm-plus";
    public const string DemoRecipe = "demo";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var empty = !await db.Set<ContentItemVersion>().AnyAsync(cancellationToken) && !await executor.HasRunAsync(MainRecipe, cancellationToken);
        if (settings.SeedOnEmptyDatabase && empty)
        {
            await RunAsync(MainRecipe, cancellationToken);
        }

        if (settings.ImportDemoRecipe && !await executor.HasRunAsync(DemoRecipe, cancellationToken))
        {
            await RunAsync(DemoRecipe, cancellationToken);
        }
    }

    private async Task RunAsync(string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.Value.RecipesFolder, name + ".recipe.json");
        var run = await executor.ImportFileAsync(path, cancellationToken);
        logger.LogInformation("Recipe {Recipe} imported: {Created} created, {Updated} updated, {Unchanged} unchanged", name, run.ItemsCreated, run.ItemsUpdated, run.ItemsUnchanged);
    }
}
