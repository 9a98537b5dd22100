using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Recipes;

/// <summary>
/// Imports a recipe: parse and check it whole, then apply every step in one transaction and record the run.
/// Any refusal leaves the database as it was.
/// </summary>
public sealed class RecipeExecutor(ThammJobsDbContext db, RecipeParser parser, TimeProvider clock)
{
    public async Task<RecipeRun> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeValidationException([$"fichier introuvable : {path}"]);
        }

        return await ImportAsync(await File.ReadAllTextAsync(path, cancellationToken), cancellationToken);
    }

    public async Task<RecipeRun> ImportAsync(string json, CancellationToken cancellationToken = default)
    {
        var errors = new RecipeErrors();
        var recipe = parser.Parse(json, errors);
        if (recipe is null)
        {
            throw new RecipeValidationException(errors.Messages);
        }

        var context = new RecipeContext();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                foreach (var step in recipe.Steps)
                {
                    await step.Step.ApplyAsync(step.Plan, context, cancellationToken);
                }

                var run = new RecipeRun
                {
                    Name = recipe.Name,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
                    RanUtc = clock.GetUtcNow().UtcDateTime,
                    ItemsCreated = context.Created,
                    ItemsUpdated = context.Updated,
                    ItemsUnchanged = context.Unchanged,
                };
                db.Set<RecipeRun>().Add(run);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return run;
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    public Task<bool> HasRunAsync(string name, CancellationToken cancellationToken = default) =>
        db.Set<RecipeRun>().AnyAsync(r => r.Name == name, cancellationToken);
}
