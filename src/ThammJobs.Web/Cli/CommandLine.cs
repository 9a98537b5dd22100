using ThammJobs.Content.Recipes;
using ThammJobs.Search.Indexing;
using ThammJobs.Web.Data;

namespace ThammJobs.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/ThammJobs.Web -- recipes import &lt;file&gt;</c>, <c>… recipes export &lt;file&gt;</c>
/// and <c>… search rebuild</c>. They migrate the database but never seed it: an import into an empty
/// database gives exactly the file's content. <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt; [--force]</c>
/// are in <see cref="BackupVerbs"/>;
/// <c>applications generate …</c> in <see cref="ApplicationVerbs"/>.
/// </summary>
internal static class CommandLine
{
    public const string Usage = "usage: recipes import <file> | recipes export <file> | search rebuild | backup <folder> | restore <folder> [--force] | " + ApplicationVerbs.Usage;

    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is "recipes" or "search" || BackupVerbs.IsVerb(args) || ApplicationVerbs.IsVerb(args);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (BackupVerbs.IsVerb(args))
        {
            return await BackupVerbs.RunAsync(scope.ServiceProvider, args);
        }

        if (ApplicationVerbs.IsVerb(args))
        {
            return await ApplicationVerbs.RunAsync(scope.ServiceProvider, args);
        }

        if (args is ["search", "rebuild"])
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider);
            Console.WriteLine(await scope.ServiceProvider.GetRequiredService<SearchRebuildCommand>().RunAsync(CancellationToken.None));
            return 0;
        }

        if (args.Length != 3 || args[0] != "recipes" || args[1] is not ("import" or "export"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

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
