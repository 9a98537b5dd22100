using ThammJobs.Content.Recipes;
using ThammJobs.Web.Data;

namespace ThammJobs.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/ThammJobs.Web -- recipes import &lt;file&gt;</c> and <c>… recipes export &lt;file&gt;</c>.
/// They migrate the database but never seed it: an import into an empty database gives exactly the file's content.
/// </summary>
internal static class CommandLine
{
    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] == "recipes";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 3 || args[1] is not ("import" or "export"))
        {
            await Console.Error.WriteLineAsync("usage: recipes import <file> | recipes export <file>");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider);
        var path = Path.GetFullPath(args[2]);
        try
        {
            if (args[1] == "import")
            {
                var run = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ImportFileAsync(path);
                Console.WriteLine($"Recette « {run.Name} » importée : {run.ItemsCreated} créé(s), {run.ItemsUpdated} mis à jour, {run.ItemsUnchanged} inchangé(s).");
            }
            else
            {
                var json = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync();
                await File.WriteAllTextAsync(path, json);
                Console.WriteLine($"Contenu exporté dans {path}");
            }

            return 0;
        }
        catch (RecipeValidationException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
