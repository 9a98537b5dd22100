using System.Diagnostics;
using ThammJobs.Applications.Generation;
using ThammJobs.Web.Data;

namespace ThammJobs.Web.Cli;

/// <summary>
/// <c>applications generate [--offer &lt;slug&gt;] [--count 400] [--seed N]</c>: realistic applications for trying and
/// benchmarking the recruiter views (docs/applications.md). Migrates the database first, like the recipe verbs.
/// </summary>
internal static class ApplicationVerbs
{
    public const string Usage = "applications generate [--offer <slug>] [--count 400] [--seed N]";

    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] == "applications";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is not ["applications", "generate", .. var rest] || Parse(rest) is not { } options)
        {
            await Console.Error.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        await DatabaseSetup.MigrateAsync(services);
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await services.GetRequiredService<ApplicationGenerator>().RunAsync(options, CancellationToken.None);
            Console.WriteLine($"{result.Created} candidature(s) générée(s) pour « {result.OfferTitle} » ({result.OfferSet}) en {watch.Elapsed.TotalSeconds:0.0} s : " +
                $"{result.Complete} complète(s), {result.Documents} document(s).");
            return 0;
        }
        catch (GeneratorException problem)
        {
            await Console.Error.WriteLineAsync(problem.Message);
            return 1;
        }
    }

    /// <summary>The options, or null when one is unknown, repeated without value or not a number.</summary>
    internal static GeneratorOptions? Parse(string[] rest)
    {
        string? offer = null;
        int count = 400;
        int? seed = null;
        // Configuration switches (--ThammJobs:DataFolder=…) are the host's, not ours.
        rest = rest.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToArray();
        for (var i = 0; i < rest.Length; i += 2)
        {
            if (i + 1 >= rest.Length)
            {
                return null;
            }

            var value = rest[i + 1];
            switch (rest[i])
            {
                case "--offer":
                    offer = value;
                    break;
                case "--count" when int.TryParse(value, out var n) && n > 0:
                    count = n;
                    break;
                case "--seed" when int.TryParse(value, out var s):
                    seed = s;
                    break;
                default:
                    return null;
            }
        }

        return new GeneratorOptions(offer, count, seed);
    }
}
