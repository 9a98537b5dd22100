using System.Globalization;

namespace ThammJobs.Bench;

/// <summary>Command-line options of the benchmark.</summary>
internal sealed class BenchOptions
{
    public const string Usage = """
        Usage: dotnet ThammJobs.Bench.dll --site <path/to/ThammJobs.Web.dll> [options]
          --offers N       offers to generate, half French half Arabic, paired (default 100000)
          --rounds N       timed rounds of the query mix, in-process and over HTTP (default 20)
          --warmup N       untimed rounds before them, so the JIT has optimised the hot code (default 5)
          --restarts N     site starts timed to the first search; the last one serves the HTTP rounds (default 3)
          --site PATH      the site's ThammJobs.Web.dll (Release build), started as a separate process
          --recipes DIR    folder with thamm-plus.recipe.json and demo.recipe.json (default: next to the binaries)
          --data DIR       data folder (default: a new temporary folder, deleted at the end)
          --keep           keep the data folder
          --skip-index     reuse the database and index already in --data (no generation, no rebuild)
          --results DIR    where to write the JSON results and the site log (default: ./results)
          --seed N         seed of the generator (default 20261126)
          --in-process-only  stop after the in-process rounds and print each query's median (a quick check
                           while working on search; not the documented run: no HTTP, restart or memory figures)
        """;

    public int Offers { get; private set; } = 100_000;
    public int Rounds { get; private set; } = 20;
    public int Warmup { get; private set; } = 5;
    public int Restarts { get; private set; } = 3;
    public string? Site { get; private set; }
    public string Recipes { get; private set; } = Path.Combine(AppContext.BaseDirectory, "content-recipes");
    public string? Data { get; private set; }
    public bool Keep { get; private set; }
    public bool SkipIndex { get; private set; }
    public string Results { get; private set; } = Path.GetFullPath("results");
    public int Seed { get; private set; } = 20261126;
    public bool InProcessOnly { get; private set; }
    public bool Help { get; private set; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a whole number ≥ {min.ToString(CultureInfo.InvariantCulture)}.");

            switch (args[i])
            {
                case "--offers": options.Offers = Number(2); break;
                case "--rounds": options.Rounds = Number(1); break;
                case "--warmup": options.Warmup = Number(1); break;
                case "--restarts": options.Restarts = Number(1); break;
                case "--site": options.Site = Path.GetFullPath(Value()); break;
                case "--recipes": options.Recipes = Path.GetFullPath(Value()); break;
                case "--data": options.Data = Path.GetFullPath(Value()); break;
                case "--keep": options.Keep = true; break;
                case "--skip-index": options.SkipIndex = true; break;
                case "--results": options.Results = Path.GetFullPath(Value()); break;
                case "--seed": options.Seed = Number(0); break;
                case "--in-process-only": options.InProcessOnly = true; break;
                case "--help" or "-h": options.Help = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (!options.Help && (options.Site is null || !File.Exists(options.Site)))
        {
            throw new ArgumentException("--site must name the site's ThammJobs.Web.dll.");
        }

        if (options.SkipIndex && options.Data is null)
        {
            throw new ArgumentException("--skip-index needs --data.");
        }

        return options;
    }
}
