using System.Globalization;

namespace ThammJobs.Bench.Uploads;

/// <summary>Command-line options of the upload benchmark (<c>ThammJobs.Bench.dll uploads …</c>).</summary>
internal sealed class UploadBenchOptions
{
    public const string Usage = """
        Usage: dotnet ThammJobs.Bench.dll uploads --site <path/to/ThammJobs.Web.dll> [options]
          --candidates N   candidates per round, each with their own e-mail, all started at once (default 50)
          --concurrency N  candidates in flight at the same time (default: --candidates)
          --rounds N       timed rounds; every round has new candidates (default 3)
          --warmup N       untimed applications sent one after the other before the rounds (default 3)
          --min-mb X       smallest generated file, in MB of 10^6 bytes (default 1)
          --max-mb X       largest generated file (default 5)
          --pool N         files generated per type (PDF CV, DOCX letter, JPEG diploma scan), spread evenly
                           between --min-mb and --max-mb; each candidate draws one of each (default 8)
          --offer SLUG     French slug of an open offer of the demo recipe (default demo-mobilite-agriculture)
          --clamd HOST:PORT  antivirus address passed to the site (default: none, antivirus off)
          --diploma TYPE   jpeg (default) or pdf: what goes in the diploma field; pdf leaves out the image
                           re-encoding, to see what it costs (a diagnosis, not the documented run)
          --site-arg ARG   one more argument for the site, e.g. --ThammJobs:Uploads:ImageMemoryLimitMegabytes=64
                           (repeatable; for diagnosis)
          --site-env N=V   one more environment variable for the site, e.g. DOTNET_gcServer=0 (repeatable)
          --site PATH      the site's ThammJobs.Web.dll (Release build), started as a separate process
          --data DIR       data folder (default: a new temporary folder, deleted at the end)
          --keep           keep the data folder
          --results DIR    where to write the JSON results and the site log (default: ./results)
          --seed N         seed of the candidates' draws (default 20261126)
        """;

    public int Candidates { get; private set; } = 50;
    public int? ConcurrencyOption { get; private set; }
    public int Concurrency => ConcurrencyOption ?? Candidates;
    public int Rounds { get; private set; } = 3;
    public int Warmup { get; private set; } = 3;
    public double MinMegabytes { get; private set; } = 1;
    public double MaxMegabytes { get; private set; } = 5;
    public int Pool { get; private set; } = 8;
    public string Offer { get; private set; } = "demo-mobilite-agriculture";
    public string? Clamd { get; private set; }
    public bool DiplomaAsPdf { get; private set; }
    public List<string> SiteArguments { get; } = [];
    public Dictionary<string, string> SiteEnvironment { get; } = new(StringComparer.Ordinal);
    public string? Site { get; private set; }
    public string? Data { get; private set; }
    public bool Keep { get; private set; }
    public string Results { get; private set; } = Path.GetFullPath("results");
    public int Seed { get; private set; } = 20261126;
    public bool Help { get; private set; }

    public static UploadBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new UploadBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a whole number ≥ {min.ToString(CultureInfo.InvariantCulture)}.");
            double Megabytes() => double.TryParse(Value(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x) && x > 0.01
                ? x
                : throw new ArgumentException($"{args[i - 1]} needs a size in MB (for example 1 or 2.5).");

            switch (args[i])
            {
                case "--candidates": options.Candidates = Number(1); break;
                case "--concurrency": options.ConcurrencyOption = Number(1); break;
                case "--rounds": options.Rounds = Number(1); break;
                case "--warmup": options.Warmup = Number(0); break;
                case "--min-mb": options.MinMegabytes = Megabytes(); break;
                case "--max-mb": options.MaxMegabytes = Megabytes(); break;
                case "--pool": options.Pool = Number(1); break;
                case "--offer": options.Offer = Value(); break;
                case "--clamd": options.Clamd = Value(); break;
                case "--diploma":
                    options.DiplomaAsPdf = Value() switch
                    {
                        "pdf" => true,
                        "jpeg" => false,
                        _ => throw new ArgumentException("--diploma is jpeg or pdf."),
                    };
                    break;
                case "--site-arg": options.SiteArguments.Add(Value()); break;
                case "--site-env":
                    var pair = Value().Split('=', 2);
                    options.SiteEnvironment[pair[0]] = pair.Length == 2 ? pair[1] : throw new ArgumentException("--site-env needs NAME=VALUE.");
                    break;
                case "--site": options.Site = Path.GetFullPath(Value()); break;
                case "--data": options.Data = Path.GetFullPath(Value()); break;
                case "--keep": options.Keep = true; break;
                case "--results": options.Results = Path.GetFullPath(Value()); break;
                case "--seed": options.Seed = Number(0); break;
                case "--help" or "-h": options.Help = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (!options.Help && (options.Site is null || !File.Exists(options.Site)))
        {
            throw new ArgumentException("--site must name the site's ThammJobs.Web.dll.");
        }

        if (options.MaxMegabytes < options.MinMegabytes)
        {
            throw new ArgumentException("--max-mb must be at least --min-mb.");
        }

        // The site allows 10 MiB per file: anything near it would test the limit, not the throughput.
        if (options.MaxMegabytes > 10)
        {
            throw new ArgumentException("--max-mb must be at most 10 (the site's limit per file is 10 MiB).");
        }

        return options;
    }
}
