using ThammJobs.Web.Backups;

namespace ThammJobs.Web.Cli;

/// <summary>
/// <c>backup &lt;folder&gt;</c> (online, the site may run) and <c>restore &lt;folder&gt; [--force]</c> (site stopped).
/// Neither migrates the database: a backup is taken as the running site left it, and a restored database is
/// migrated by the next start. See docs/deployment.md, "Backups".
/// </summary>
internal static class BackupVerbs
{
    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var site = SiteStorage.From(services);
        try
        {
            switch (args)
            {
                case ["backup", var target]:
                    var backup = await new BackupCommand(services.GetRequiredService<TimeProvider>()).RunAsync(site, target, CancellationToken.None);
                    Console.WriteLine($"Sauvegarde écrite dans {Path.GetFullPath(target)} : {backup.Summary}. L'index de recherche n'est pas sauvegardé (reconstruit depuis la base).");
                    return 0;
                case ["restore", var source, .. var options] when options is [] or ["--force"]:
                    var restored = await new RestoreCommand().RunAsync(site, source, force: options.Length == 1, CancellationToken.None);
                    Console.WriteLine($"Sauvegarde du {restored.CreatedUtc:u} restaurée : {restored.Summary}. L'index de recherche sera reconstruit au prochain démarrage.");
                    return 0;
                default:
                    await Console.Error.WriteLineAsync(CommandLine.Usage);
                    return 2;
            }
        }
        catch (BackupRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }
}
