using System.Globalization;

namespace ThammJobs.Bench;

/// <summary>Entry point (not top-level statements: the site's public <c>Program</c> class would clash).</summary>
internal static class BenchProgram
{
    private static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        return await new BenchRun(options).RunAsync();
    }
}
