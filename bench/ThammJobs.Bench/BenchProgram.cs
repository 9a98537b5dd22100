using System.Globalization;

namespace ThammJobs.Bench;

/// <summary>Entry point (not top-level statements: the site's public <c>Program</c> class would clash).</summary>
internal static class BenchProgram
{
    private static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length > 0 && args[0] == "uploads")
        {
            return await UploadsAsync(args[1..]);
        }

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

    /// <summary>The upload benchmark (bench/uploads.sh): <c>ThammJobs.Bench.dll uploads --site … [options]</c>.</summary>
    private static async Task<int> UploadsAsync(string[] args)
    {
        Uploads.UploadBenchOptions options;
        try
        {
            options = Uploads.UploadBenchOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(Uploads.UploadBenchOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(Uploads.UploadBenchOptions.Usage);
            return 0;
        }

        return await new Uploads.UploadBenchRun(options).RunAsync();
    }
}
