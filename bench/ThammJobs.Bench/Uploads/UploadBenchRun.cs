using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ThammJobs.Applications.Storage;
using ThammJobs.Uploads;

namespace ThammJobs.Bench.Uploads;

/// <summary>
/// One run of the upload benchmark: generate and check the files, start the real site (demo offers, rate limit
/// raised, antivirus as asked), send a few untimed applications, then rounds of N candidates at once, each opening
/// the form (GET) and sending it with three files (multipart POST) on its own. The site's resident memory is sampled
/// throughout; afterwards the site is stopped and its database and files folder are checked.
/// </summary>
internal sealed class UploadBenchRun(UploadBenchOptions options)
{
    /// <summary>All candidates come from 127.0.0.1: the per-address limit (20 per 10 minutes) would refuse them.</summary>
    private const int RateLimitPermits = 100_000;
    private const double PeakRssTargetMB = 400;
    private static readonly TimeSpan SiteStartTimeout = TimeSpan.FromMinutes(3);

    private readonly Stopwatch total = Stopwatch.StartNew();
    private readonly ConcurrentBag<FailureSample> failures = [];
    private readonly ConcurrentDictionary<string, int> postStatuses = new(StringComparer.Ordinal);

    public async Task<int> RunAsync()
    {
        var ownFolder = options.Data is null;
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var data = options.Data ?? Path.Combine(Path.GetTempPath(), "thammjobs-bench-uploads-" + stamp);
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(options.Results);
        var aspNetTemp = Path.Combine(data, "aspnet-temp");
        Directory.CreateDirectory(aspNetTemp);
        var siteLog = Path.Combine(options.Results, $"uploads-{stamp}.site.log");
        Log($"data folder {data}");
        try
        {
            var loadBefore = LoadAverage();
            Log($"generating the files ({options.Pool} per type, {options.MinMegabytes}–{options.MaxMegabytes} MB); load average {loadBefore}");
            var pool = await UploadFilePool.CreateAsync(options.Pool, options.MinMegabytes, options.MaxMegabytes, Log);
            foreach (var check in pool.Checks)
            {
                Log($"  {check.Type,-4} {check.Bytes / 1e6,5:F2} MB  inspected in {check.InspectMs,6:F1} ms" +
                    (check.ReencodeMs is { } re ? $", {check.Width}×{check.Height} px re-encoded in {re:F0} ms, thumbnail {check.ThumbnailMs:F0} ms" : ""));
            }

            var siteArguments = new List<string>
            {
                "--ThammJobs:ImportDemoRecipe=true",
                $"--ThammJobs:Applications:RateLimitPermits={RateLimitPermits.ToString(CultureInfo.InvariantCulture)}",
            };
            if (options.Clamd is not null)
            {
                siteArguments.Add($"--ThammJobs:Uploads:ClamdAddress={options.Clamd}");
            }

            siteArguments.AddRange(options.SiteArguments);
            var siteEnvironment = new Dictionary<string, string>(options.SiteEnvironment, StringComparer.Ordinal) { ["ASPNETCORE_TEMP"] = aspNetTemp };

            var formPath = $"/fr/offres/{options.Offer}/postuler";
            Log($"starting the site: {string.Join(' ', options.SiteEnvironment.Select(e => $"{e.Key}={e.Value}"))} dotnet ThammJobs.Web.dll {string.Join(' ', siteArguments)}".Trim());
            await using var site = SiteProcess.Start(options.Site!, data, siteLog, siteArguments, siteEnvironment);

            using var handler = new SocketsHttpHandler
            {
                UseProxy = false,
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                MaxConnectionsPerServer = options.Concurrency,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            };
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(10), BaseAddress = site.Address };
            var startMs = await site.WaitForFirstSearchAsync(client, formPath, SiteStartTimeout);
            var afterStart = site.Memory().Current / 1e6;
            Log($"form answered {startMs:F0} ms after the process started; site RSS {afterStart:F0} MB");

            var form = ApplyForm.Read(formPath, await client.GetStringAsync(formPath));
            var plan = form.FilePlan();
            Log($"form: {form.FieldCount} fields to fill, {form.References} references, files: " +
                string.Join(", ", form.Files.Select(f => $"{f.Name} \"{f.Label}\"{(f.Required ? "" : " (optional)")} ← {(plan.Any(p => p.Field == f) ? plan.First(p => p.Field == f).Type.ToString() : "nothing")}")));
            if (plan.Count != 3)
            {
                throw new InvalidOperationException($"Expected three documents to send (CV, letter, diploma), the form of {options.Offer} gives {plan.Count}.");
            }

            var random = new Random(options.Seed);
            var candidateNumber = 0;
            Candidate NewCandidate() => new(
                ++candidateNumber,
                $"candidat.{stamp}.{candidateNumber.ToString("D5", CultureInfo.InvariantCulture)}@example.ma",
                [.. plan.Select(p => (p.Field.Name, Pick(p.Type == FileType.Docx ? pool.Docx : p.Type == FileType.Jpeg && !options.DiplomaAsPdf ? pool.Jpegs : pool.Pdfs, random)))]);

            var emails = new List<string>();
            Log($"warm-up: {options.Warmup} applications one after the other (not timed)");
            for (var i = 0; i < options.Warmup; i++)
            {
                var candidate = NewCandidate();
                emails.Add(candidate.Email);
                var outcome = await ApplyAsync(client, form, candidate, timed: false);
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"A warm-up application failed: {outcome.Detail}");
                }
            }

            var beforeRun = site.Memory().Current / 1e6;
            Log($"site RSS before the timed rounds {beforeRun:F0} MB (peak so far {site.Memory().Peak / 1e6:F0} MB)");

            using var sampler = new MemorySampler(site.Id, [aspNetTemp, Path.Combine(data, "applications", "tmp")]);
            var post = new List<double>();
            var get = new List<double>();
            var whole = new List<double>();
            var rounds = new List<RoundResult>();
            var peakPerRound = new List<double>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var candidates = Enumerable.Range(0, options.Candidates).Select(_ => NewCandidate()).ToList();
                emails.AddRange(candidates.Select(c => c.Email));
                sampler.ResetRoundPeak();
                using var gate = new SemaphoreSlim(options.Concurrency);
                var watch = Stopwatch.StartNew();
                var outcomes = await Task.WhenAll(candidates.Select(async c =>
                {
                    await gate.WaitAsync();
                    try
                    {
                        return await ApplyAsync(client, form, c, timed: true);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
                var wall = watch.Elapsed.TotalSeconds;
                post.AddRange(outcomes.Where(o => o.PostMs > 0).Select(o => o.PostMs));
                get.AddRange(outcomes.Where(o => o.GetMs > 0).Select(o => o.GetMs));
                whole.AddRange(outcomes.Where(o => o.Succeeded).Select(o => o.GetMs + o.PostMs));
                var megabytes = candidates.Sum(c => c.Files.Sum(f => (long)f.File.Content.Length)) / 1e6;
                rounds.Add(new RoundResult(round, candidates.Count, outcomes.Count(o => o.Succeeded), wall, megabytes));
                peakPerRound.Add(sampler.RoundPeakRss / 1e6);
                var roundPost = Latencies.Summarize([.. outcomes.Where(o => o.PostMs > 0).Select(o => o.PostMs)]);
                Log($"round {round}/{options.Rounds}: {outcomes.Count(o => o.Succeeded)}/{candidates.Count} stored in {wall:F1} s " +
                    $"({candidates.Count / wall:F2} applications/s, {megabytes / wall:F1} MB/s); POST p50 {roundPost.P50:F0} ms, max {roundPost.Max:F0} ms; " +
                    $"site RSS peak in the round {sampler.RoundPeakRss / 1e6:F0} MB");
            }

            sampler.Stop();
            var (peak, atEnd) = site.Memory();
            var warnings = site.LoggedWarnings;
            var errors = site.LoggedErrors;
            var loadAfter = LoadAverage();
            Log("stopping the site");
            await site.StopAsync();

            var storage = CheckStorage(data, aspNetTemp, emails);
            var applications = rounds.Sum(r => r.Applications);
            var succeeded = rounds.Sum(r => r.Succeeded);
            var wallSeconds = rounds.Sum(r => r.WallSeconds);
            var sent = rounds.Sum(r => r.MegabytesSent);
            var memory = new MemoryResult(afterStart, beforeRun, peak / 1e6, sampler.PeakRss / 1e6, sampler.PeakRssAnon / 1e6, atEnd / 1e6, sampler.Samples, peakPerRound, sampler.PeakFolderBytes / 1e6);
            var sizes = pool.Checks.Select(c => c.Bytes / 1e6).ToList();
            var results = new UploadResults(
                DateUtc: DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                Command: Environment.GetEnvironmentVariable("THAMMJOBS_BENCH_COMMAND") ?? string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
                Machine: BenchRun.Machine(),
                LoadAverageBefore: loadBefore,
                LoadAverageAfter: loadAfter,
                Settings: new UploadSettings(
                    options.Offer, options.Candidates, options.Concurrency, options.Rounds, options.Warmup, options.MinMegabytes, options.MaxMegabytes, options.Pool,
                    options.Clamd, options.DiplomaAsPdf ? "pdf" : "jpeg", RateLimitPermits, siteArguments, options.SiteEnvironment),
                Pool: new PoolSummary(pool.GenerationSeconds, sizes.Min(), sizes.Max(), sizes.Average(), sizes.Average() * 3, pool.Checks),
                Applications: applications,
                Succeeded: succeeded,
                Failed: applications - succeeded,
                PostStatuses: new SortedDictionary<string, int>(postStatuses, StringComparer.Ordinal),
                FailureSamples: [.. failures.OrderBy(f => f.Candidate).Take(20)],
                WallSeconds: wallSeconds,
                ApplicationsPerSecond: applications / wallSeconds,
                MegabytesPerSecond: sent / wallSeconds,
                MegabytesSent: sent,
                Post: Latencies.Summarize(post),
                Get: Latencies.Summarize(get),
                Candidate: Latencies.Summarize(whole),
                PerRound: rounds,
                Memory: memory,
                Storage: storage,
                SiteLogWarnings: warnings,
                SiteLogErrors: errors,
                Targets: Targets(applications, succeeded, storage, memory),
                TotalSeconds: total.Elapsed.TotalSeconds);
            var path = Path.Combine(options.Results, $"uploads-{stamp}.json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(results, BenchReport.Json));
            UploadReport.Print(results, Console.Out);
            Console.WriteLine($"Results: {path}");
            Console.WriteLine($"Site log: {siteLog}");
            return results.Targets.All(t => t.Pass) ? 0 : 1;
        }
        finally
        {
            if (ownFolder && !options.Keep)
            {
                Directory.Delete(data, recursive: true);
            }
            else
            {
                Log($"data folder kept: {data}");
            }
        }
    }

    private async Task<Outcome> ApplyAsync(HttpClient client, ApplyForm form, Candidate candidate, bool timed)
    {
        double getMs = 0, postMs = 0;
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var page = await client.GetAsync(form.Url);
            var html = await page.Content.ReadAsStringAsync();
            getMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (page.StatusCode != HttpStatusCode.OK)
            {
                return Fail(candidate, "GET", ((int)page.StatusCode).ToString(CultureInfo.InvariantCulture), Excerpt(html), getMs, 0);
            }

            var hidden = ApplyForm.Hidden(html);
            var cookies = ApplyForm.Cookies(page);
            using var content = ApplyForm.Multipart(hidden, form.Fill(candidate.Number, candidate.Email), candidate.Files);
            using var request = new HttpRequestMessage(HttpMethod.Post, form.Url) { Content = content };
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }

            started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            postMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            if (timed)
            {
                postStatuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }

            if (!ApplyForm.IsSuccess(response))
            {
                var detail = response.StatusCode == HttpStatusCode.OK ? ApplyForm.Errors(body) : $"{response.Headers.Location} {Excerpt(body)}";
                return Fail(candidate, "POST", status, detail, getMs, postMs);
            }

            return new Outcome(true, getMs, postMs, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            if (timed)
            {
                postStatuses.AddOrUpdate("exception", 1, (_, n) => n + 1);
            }

            return Fail(candidate, postMs > 0 || getMs > 0 ? "POST" : "GET", exception.GetType().Name, exception.Message, getMs, postMs);
        }
    }

    private Outcome Fail(Candidate candidate, string step, string status, string detail, double getMs, double postMs)
    {
        failures.Add(new FailureSample(candidate.Number, step, status, detail));
        Log($"candidate {candidate.Number}: {step} {status} {detail}");
        return new Outcome(false, getMs, postMs, $"{step} {status} {detail}");
    }

    /// <summary>Rows and files the site kept, read from its database and files folder once it has stopped.</summary>
    private StorageResult CheckStorage(string data, string aspNetTemp, List<string> emails)
    {
        var store = new DocumentStore(Path.Combine(data, "applications"));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(data, "thammjobs.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();

        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var perEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var applicationIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, Email FROM Applications";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var email = reader.GetString(1);
                perEmail[email] = perEmail.GetValueOrDefault(email) + 1;
                applicationIds[reader.GetString(0)] = email;
            }
        }

        var documentsPerApplication = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var scan = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int attached = 0, missing = 0, thumbnails = 0;
        long bytes = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT ApplicationId, StoredName, ThumbnailName, Length, ScanStatus, FileType FROM ApplicationDocuments WHERE ApplicationId IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                attached++;
                var application = reader.GetString(0);
                documentsPerApplication[application] = documentsPerApplication.GetValueOrDefault(application) + 1;
                if (!store.Exists(reader.GetString(1)))
                {
                    missing++;
                }

                if (!reader.IsDBNull(2))
                {
                    thumbnails++;
                    if (!store.Exists(reader.GetString(2)))
                    {
                        missing++;
                    }
                }

                bytes += reader.GetInt64(3);
                scan[reader.GetString(4)] = scan.GetValueOrDefault(reader.GetString(4)) + 1;
                types[reader.GetString(5)] = types.GetValueOrDefault(reader.GetString(5)) + 1;
            }
        }

        var tmp = Path.Combine(data, "applications", "tmp");
        return new StorageResult(
            ExpectedApplications: emails.Count,
            ApplicationsStored: (int)Scalar("SELECT COUNT(*) FROM Applications"),
            CandidateEmailsFound: emails.Count(perEmail.ContainsKey),
            CandidateEmailsDuplicated: emails.Count(e => perEmail.GetValueOrDefault(e) > 1),
            DocumentsAttached: attached,
            ApplicationsWithThreeDocuments: applicationIds.Keys.Count(id => documentsPerApplication.GetValueOrDefault(id) == 3),
            DocumentsMissingOnDisk: missing,
            ThumbnailsStored: thumbnails,
            OrphanDocuments: (int)Scalar("SELECT COUNT(*) FROM ApplicationDocuments WHERE ApplicationId IS NULL"),
            DraftsLeft: (int)Scalar("SELECT COUNT(*) FROM ApplicationDrafts"),
            StoredMB: bytes / 1e6,
            ScanStatuses: scan,
            FileTypes: types,
            PartFilesLeft: Directory.Exists(tmp) ? Directory.GetFiles(tmp).Length : 0,
            AspNetTempFilesLeft: Directory.GetFiles(aspNetTemp).Length);
    }

    private List<TargetResult> Targets(int applications, int succeeded, StorageResult storage, MemoryResult memory) =>
    [
        new("failed requests", "0", $"{applications - succeeded} of {applications}", succeeded == applications),
        new("applications stored", $"{storage.ExpectedApplications} (warm-up included), 3 files each",
            $"{storage.CandidateEmailsFound} found, {storage.ApplicationsWithThreeDocuments} with 3 files, {storage.DocumentsMissingOnDisk} files missing",
            storage.CandidateEmailsFound == storage.ExpectedApplications && storage.CandidateEmailsDuplicated == 0
                && storage.ApplicationsWithThreeDocuments == storage.ExpectedApplications && storage.DocumentsMissingOnDisk == 0),
        new("site peak RSS (VmHWM)", $"< {PeakRssTargetMB:F0} MB", $"{memory.PeakRssMB:F0} MB", memory.PeakRssMB < PeakRssTargetMB),
    ];

    private static PoolFile Pick(IReadOnlyList<PoolFile> files, Random random) => files[random.Next(files.Count)];

    private static string Excerpt(string body) => body.Length <= 200 ? body : body[..200] + "…";

    private static string LoadAverage() =>
        string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private void Log(string message) =>
        Console.WriteLine($"[{total.Elapsed.TotalSeconds,7:F1} s] {message}");

    private sealed record Candidate(int Number, string Email, List<(string Field, PoolFile File)> Files);

    private sealed record Outcome(bool Succeeded, double GetMs, double PostMs, string? Detail);
}
