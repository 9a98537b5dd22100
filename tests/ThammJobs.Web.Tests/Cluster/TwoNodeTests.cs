using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Npgsql;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;
using ThammJobs.Web.Tests.Applications;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;
using ThammJobs.Web.Tests.Search;

namespace ThammJobs.Web.Tests.Cluster;

/// <summary>
/// The scale-out shape for real: two Kestrel processes on loopback, one PostgreSQL database, each node its own data
/// folder (search index), one shared files folder. A change published on one node is found on the other; an
/// application sent to one is read and downloaded on the other; a node killed with SIGKILL in the middle of uploads
/// loses no acknowledged application and leaves no half application behind, while the other node keeps serving.
/// PostgreSQL only (skipped locally without it, failing under <c>CI=true</c>).
/// </summary>
public sealed class TwoNodeTests : IDisposable
{
    private const string AdminEmail = "admin@cluster.test";
    private const string AdminPassword = "correct horse battery staple";
    private const string OfferSet = "demo-offer-mobilite-agriculture";
    private const string OfferId = "demo-offer-mobilite-agriculture-fr";
    private const string OfferSlug = "demo-mobilite-agriculture";
    private static readonly TimeSpan SearchBound = TimeSpan.FromSeconds(5);

    private TestDatabase? database;
    private string sharedFiles = "";
    private readonly List<NodeProcess> nodes = [];
    private readonly List<string> timings = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private TestDatabase Database => database ?? throw new InvalidOperationException("No database yet.");

    private string ConnectionString => Database.Settings().Single(s => s.Key == "ConnectionStrings:PostgreSql").Value!;

    [Fact]
    public async Task Two_nodes_share_content_search_applications_and_survive_one_being_killed_mid_upload()
    {
        // 1. A fresh database (skipped without PostgreSQL, failing under CI=true). Both nodes started at once on it:
        //    one migrates, seeds and creates the administrator, the other waits for it (start-up lock), neither fails.
        database = TestDatabase.Create(DatabaseKind.PostgreSql);
        sharedFiles = Path.Combine(database.DataFolder, "shared", "applications");
        var starting = new[] { StartNodeAsync("A"), StartNodeAsync("B") };
        var (a, b) = (await starting[0], await starting[1]);

        // 2. Back office on A, search on B; A's staff cookie works on B (Data Protection keys in the database).
        var admin = await SignInAsync(a);
        await UnpublishAndPublishOnAFoundOnBAsync(a, b, admin);
        await StaffCookieFromAWorksOnBAsync(a, b, admin.Cookies);

        // 3. A candidate applies on B; the administrator reads and downloads the application on A.
        await ApplyOnBReadOnAAsync(a, b, admin.Client);

        // 4. Node A is killed while twelve applications are being uploaded to it.
        await KillAMidUploadsAsync(a, b);

        Note($"total {clock.Elapsed.TotalSeconds:0.0} s");
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", timings));
    }

    private async Task<NodeProcess> StartNodeAsync(string name)
    {
        var dataFolder = Path.Combine(Database.DataFolder, "node-" + name);
        var settings = Database.Settings().Where(s => s.Key != "ThammJobs:DataFolder").Concat(
        [
            new("ThammJobs:DataFolder", dataFolder),
            new("ThammJobs:Applications:FilesFolder", sharedFiles),
            new("ThammJobs:Search:PollInterval", "00:00:01"),
            new("ThammJobs:Admin:Email", AdminEmail),
            new("ThammJobs:Admin:Password", AdminPassword),
            new("ThammJobs:ImportDemoRecipe", "true"),
            new("ThammJobs:Applications:RateLimitPermits", "10000"),
            new("ThammJobs:Https:Redirect", "false"),
            new("Logging:LogLevel:Default", "Information"),
            new("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning"),
            new("Logging:LogLevel:Microsoft.AspNetCore", "Warning"),
        ]);
        var node = NodeProcess.Start(name, settings);
        lock (nodes)
        {
            nodes.Add(node);
        }

        var took = await node.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        Note($"node {name} live after {took.TotalSeconds:0.0} s");
        return node;
    }

    private async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(NodeProcess node)
    {
        var cookies = new CookieContainer();
        var client = node.CreateClient(cookies);
        var response = await Staff.PostLoginAsync(client, AdminEmail, AdminPassword);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in on {node.Name}: {(int)response.StatusCode}\n{Logs()}");
        return (client, cookies);
    }

    private async Task UnpublishAndPublishOnAFoundOnBAsync(NodeProcess a, NodeProcess b, (HttpClient Client, CookieContainer Cookies) admin)
    {
        using var visitorB = b.CreateClient();
        var initial = await FoundOnAsync(visitorB, present: true, within: TimeSpan.FromSeconds(10));
        Assert.True(initial <= TimeSpan.FromSeconds(10), $"the demo offer is not in node B's index after start ({initial.TotalSeconds:0.0} s)\n{Logs()}");

        await PostContentActionAsync(admin.Client, "Unpublish", OfferId);
        var gone = await FoundOnAsync(visitorB, present: false, SearchBound);
        Assert.True(gone <= SearchBound, $"unpublished on A, still found on B after {gone.TotalSeconds:0.0} s\n{Logs()}");
        Note($"unpublish visible on B in {gone.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.NotFound, (await visitorB.GetAsync($"/fr/offres/{OfferSlug}")).StatusCode);

        await PostContentActionAsync(admin.Client, "Publish", OfferId);
        var back = await FoundOnAsync(visitorB, present: true, SearchBound);
        Assert.True(back <= SearchBound, $"published on A, not found on B after {back.TotalSeconds:0.0} s\n{Logs()}");
        Note($"publish visible on B in {back.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.OK, (await visitorB.GetAsync($"/fr/offres/{OfferSlug}")).StatusCode);
    }

    private static async Task<TimeSpan> FoundOnAsync(HttpClient client, bool present, TimeSpan within) =>
        await SearchApi.WaitUntilAsync(async () => (await SearchApi.IdsAsync(client, "q=agriculture&status=all")).Contains(OfferId) == present, within);

    private static async Task PostContentActionAsync(HttpClient client, string handler, string id)
    {
        var (_, page) = await Html.GetAsync(client, "/fr/admin/contenus");
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.Ordinal)
            && f.QuerySelector("input[name=id]")?.GetAttribute("value") == id);
        Assert.True(form is not null, $"no {handler} form for {id} on /fr/admin/contenus");
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["id"] = id,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task StaffCookieFromAWorksOnBAsync(NodeProcess a, NodeProcess b, CookieContainer cookiesA)
    {
        var cookiesB = new CookieContainer();
        foreach (Cookie cookie in cookiesA.GetCookies(a.BaseAddress))
        {
            cookiesB.Add(b.BaseAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        using var adminOnB = b.CreateClient(cookiesB);
        var response = await adminOnB.GetAsync("/fr/admin/contenus");
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"A's staff cookie on B: {(int)response.StatusCode} {response.Headers.Location}\n{Logs()}");
    }

    private async Task ApplyOnBReadOnAAsync(NodeProcess a, NodeProcess b, HttpClient adminA)
    {
        const string email = "salma.bennani@example.ma";
        using var browserB = b.CreateClient();
        var candidate = new ApplyClient(browserB, "fr", OfferSlug);
        Assert.Equal(HttpStatusCode.OK, (await candidate.OpenAsync()).StatusCode);
        var files = ApplyClient.RequiredFiles();
        var sent = await candidate.SubmitAsync(ApplyClient.ValidFields(email), files);
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, $"apply on B: {(int)sent.StatusCode} {candidate.Text[..Math.Min(candidate.Text.Length, 2000)]}\n{Logs()}");

        // On A: the offer's list (searched by e-mail), the candidate's file, every document downloaded.
        var (listResponse, list) = await Html.GetAsync(adminA, $"/fr/admin/candidatures/offre/{OfferSet}?q={Uri.EscapeDataString(email)}");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        var link = list.QuerySelectorAll("a[href^='/fr/admin/candidatures/']")
            .Select(l => l.GetAttribute("href")!)
            .Where(h => !h.Contains("/offre/", StringComparison.Ordinal))
            .ToList();
        Assert.True(link.Count == 1, $"applications listed on A for {email}: {link.Count}\n{Html.VisibleText(list)}");

        var (fileResponse, file) = await Html.GetAsync(adminA, link[0]);
        Assert.Equal(HttpStatusCode.OK, fileResponse.StatusCode);
        Assert.Contains(email, Html.VisibleText(file), StringComparison.Ordinal);
        var downloads = file.QuerySelectorAll("a[href*='handler=Document']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(files.Count, downloads.Count);

        var stored = await StoredHashesAsync(email);
        foreach (var href in downloads)
        {
            var response = await adminA.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"download {href} on A: {(int)response.StatusCode}\n{Logs()}");
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var hash = Sha256(bytes);
            Assert.True(stored.Contains(hash), $"downloaded {name}: SHA-256 {hash} is none of the stored {string.Join(", ", stored)}");

            // PDF and DOCX are kept as sent; images are re-encoded without metadata (so only the stored hash applies).
            var original = files.Single(f => f.Name == name);
            if (!original.Name.EndsWith(".jpg", StringComparison.Ordinal))
            {
                Assert.Equal(Sha256(original.Content), hash);
            }
        }

        Note($"applied on B, listed and {downloads.Count} documents downloaded on A");
    }

    private async Task KillAMidUploadsAsync(NodeProcess a, NodeProcess b)
    {
        const int count = 12;
        const int killAfterAcknowledged = 3;

        // Every candidate opens the form on A first (antiforgery cookie, submission key), each in its own browser.
        // Multi-MB files, made once (large fixtures are slow to generate): every application carries the same bytes.
        var cv = PdfFixtures.Valid(2_500_000);
        var letter = OfficeFixtures.Docx(400_000);
        var diploma = PdfFixtures.Valid(1_500_000);
        var candidates = new List<CrashCandidate>();
        for (var i = 0; i < count; i++)
        {
            var client = a.CreateClient();
            var form = new ApplyClient(client, "fr", OfferSlug);
            Assert.Equal(HttpStatusCode.OK, (await form.OpenAsync()).StatusCode);

            // The first four upload at full speed, the others throttled so that some are surely still on the
            // wire when the node dies (the slowest cannot finish before the kill).
            var files = new List<UploadFile>
            {
                new("file-0", $"cv-{i}.pdf", cv),
                new("file-1", $"lettre-{i}.docx", letter),
                new("file-2", $"diplome-{i}.pdf", diploma),
            };
            var bytesPerSecond = i < 4 ? 0 : i < 8 ? 2_000_000 : 300_000;
            candidates.Add(new CrashCandidate(i, $"crash-{i}@example.ma", client, form, files, bytesPerSecond));
        }

        Note($"{count} forms opened on A and their files made");
        var acknowledged = 0;
        var enoughAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = Stopwatch.StartNew();
        var posts = candidates.Select(c => Task.Run(async () =>
        {
            try
            {
                using var response = await c.Client.PostAsync(c.Form.FormUrl, c.Content());
                c.Status = response.StatusCode;
                c.Location = response.Headers.Location?.OriginalString;
                if (response.StatusCode == HttpStatusCode.Redirect && Interlocked.Increment(ref acknowledged) >= killAfterAcknowledged)
                {
                    enoughAcknowledged.TrySetResult();
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                c.Failure = exception.GetType().Name + ": " + exception.Message;
            }
        })).ToList();

        await Task.WhenAny(enoughAcknowledged.Task, Task.WhenAll(posts), Task.Delay(TimeSpan.FromSeconds(30)));
        var killedAt = sending.Elapsed;
        var acknowledgedBeforeKill = Volatile.Read(ref acknowledged);
        a.Kill();
        await Task.WhenAll(posts).WaitAsync(TimeSpan.FromSeconds(30));
        foreach (var c in candidates)
        {
            c.Client.Dispose();
        }

        Note($"every request ended {sending.Elapsed.TotalSeconds:0.0} s after the first was sent");
        var summary = string.Join("\n", candidates.Select(c => $"  #{c.Index} {c.BytesPerSecond / 1000} kB/s: {(c.Status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Failure)}"));
        var acked = candidates.Where(c => c.Status == HttpStatusCode.Redirect).ToList();
        var died = candidates.Where(c => c.Status is null).ToList();
        var counts = $"{count} sent, A killed after {killedAt.TotalSeconds:0.0} s with {acknowledgedBeforeKill} acknowledged; "
            + $"{acked.Count} acknowledged (302), {died.Count} died with the node, {count - acked.Count - died.Count} other answers\n{summary}";
        Note($"SIGKILL after {killedAt.TotalSeconds:0.0} s: {acked.Count} acknowledged, {died.Count} died");
        Assert.True(acked.Count >= killAfterAcknowledged && died.Count >= 1, "the kill did not happen in the middle of uploads: " + counts + "\n" + Logs());
        Assert.True(acked.Count + died.Count == count, "an application got neither a 302 nor a dead connection: " + counts + "\n" + Logs());
        Assert.True(a.HasExited, "node A still runs after SIGKILL");

        // Node B keeps serving: health, pages, a new application.
        using var visitorB = b.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitorB.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitorB.GetAsync("/fr/offres")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitorB.GetAsync($"/fr/offres/{OfferSlug}")).StatusCode);
        var after = new ApplyClient(visitorB, "fr", OfferSlug);
        await after.OpenAsync();
        var afterResponse = await after.SubmitAsync(ApplyClient.ValidFields("after-the-crash@example.ma"), ApplyClient.RequiredFiles());
        Assert.True(afterResponse.StatusCode == HttpStatusCode.Redirect, $"new application on B after A died: {(int)afterResponse.StatusCode}\n{Logs()}");

        // Every acknowledged application is whole: row, all its documents, their files readable with the stored SHA-256.
        // The candidate's signed status link (made by A) opens on B.
        var problems = new List<string>();
        foreach (var c in acked)
        {
            var state = await CheckApplicationAsync(c.Email, c.Files.Count);
            if (state != "complete")
            {
                problems.Add($"#{c.Index} acknowledged but {state}");
            }

            var status = await visitorB.GetAsync(c.Location);
            if (status.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"#{c.Index} status link {c.Location} answers {(int)status.StatusCode} on B");
            }
        }

        // Applications whose request died are absent or whole, never half.
        var diedPresent = 0;
        foreach (var c in died)
        {
            var state = await CheckApplicationAsync(c.Email, c.Files.Count);
            if (state == "complete")
            {
                diedPresent++;
            }
            else if (state != "absent")
            {
                problems.Add($"#{c.Index} died and is {state}");
            }
        }

        // Documents outside any application belong to a draft; nothing refers to a missing file.
        var loose = await ScalarAsync("SELECT count(*) FROM \"ApplicationDocuments\" WHERE \"ApplicationId\" IS NULL AND \"DraftId\" IS NULL");
        if (loose != 0)
        {
            problems.Add($"{loose} documents belong to neither an application nor a draft");
        }

        var missing = await MissingOrAlteredFilesAsync();
        problems.AddRange(missing);

        Assert.True(problems.Count == 0, $"after the kill ({counts}; {diedPresent} of the {died.Count} dead requests were committed anyway):\n"
            + string.Join("\n", problems) + "\n" + Logs());
        Note($"{acked.Count} acknowledged all whole, {diedPresent}/{died.Count} dead requests committed whole, the rest absent");
    }

    /// <summary>"absent", "complete" or what is wrong with the application of <paramref name="email"/>.</summary>
    private async Task<string> CheckApplicationAsync(string email, int expectedDocuments)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT a.\"Id\", d.\"StoredName\", d.\"Sha256\", d.\"Length\" FROM \"Applications\" a "
            + "LEFT JOIN \"ApplicationDocuments\" d ON d.\"ApplicationId\" = a.\"Id\" WHERE a.\"Email\" = @email", connection);
        command.Parameters.AddWithValue("email", email);
        var applications = new HashSet<Guid>();
        var documents = new List<(string Name, string Sha256, long Length)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                applications.Add(reader.GetGuid(0));
                if (!reader.IsDBNull(1))
                {
                    documents.Add((reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
                }
            }
        }

        if (applications.Count == 0)
        {
            return "absent";
        }

        if (applications.Count > 1)
        {
            return $"stored {applications.Count} times";
        }

        if (documents.Count != expectedDocuments)
        {
            return $"half: {documents.Count} of {expectedDocuments} documents";
        }

        var bad = documents.Select(d => FileProblem(d.Name, d.Sha256, d.Length)).OfType<string>().ToList();
        return bad.Count == 0 ? "complete" : "missing files: " + string.Join("; ", bad);
    }

    /// <summary>Every document row of every application against its file in the shared folder.</summary>
    private async Task<List<string>> MissingOrAlteredFilesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"StoredName\", \"Sha256\", \"Length\" FROM \"ApplicationDocuments\" WHERE \"ApplicationId\" IS NOT NULL", connection);
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (FileProblem(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private string? FileProblem(string storedName, string sha256, long length)
    {
        var path = Path.Combine(sharedFiles, "files", storedName[..2], storedName[2..4], storedName);
        if (!File.Exists(path))
        {
            return $"{storedName}: no file";
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != length || Sha256(bytes) != sha256)
        {
            return $"{storedName}: {bytes.Length} bytes, SHA-256 {Sha256(bytes)}, stored {length} bytes {sha256}";
        }

        return null;
    }

    private async Task<HashSet<string>> StoredHashesAsync(string email)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT d.\"Sha256\" FROM \"ApplicationDocuments\" d JOIN \"Applications\" a ON a.\"Id\" = d.\"ApplicationId\" WHERE a.\"Email\" = @email", connection);
        command.Parameters.AddWithValue("email", email);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private void Note(string line)
    {
        lock (timings)
        {
            timings.Add($"[{clock.Elapsed.TotalSeconds:0.0} s] {line}");
        }
    }

    private string Logs() => "timeline: " + string.Join("; ", timings) + "\n" + string.Join("\n", nodes.Select(n => n.Tail()));

    public void Dispose()
    {
        foreach (var node in nodes)
        {
            node.Dispose();
        }

        database?.Dispose();
    }

    private sealed class CrashCandidate(int index, string email, HttpClient client, ApplyClient form, List<UploadFile> files, int bytesPerSecond)
    {
        public int Index => index;
        public string Email => email;
        public HttpClient Client => client;
        public ApplyClient Form => form;
        public List<UploadFile> Files => files;
        public int BytesPerSecond => bytesPerSecond;
        public HttpStatusCode? Status { get; set; }
        public string? Location { get; set; }
        public string? Failure { get; set; }

        /// <summary>The form as <see cref="ApplyClient.SubmitAsync"/> sends it, the files read at <see cref="BytesPerSecond"/> (0: full speed).</summary>
        public MultipartFormDataContent Content()
        {
            var content = new MultipartFormDataContent();
            foreach (var (name, value) in form.Hidden.Concat(ApplyClient.ValidFields(email)))
            {
                content.Add(new StringContent(value), name);
            }

            foreach (var file in files)
            {
                HttpContent part = bytesPerSecond == 0
                    ? new ByteArrayContent(file.Content)
                    : new StreamContent(new ThrottledStream(file.Content, bytesPerSecond), 16 * 1024);
                part.Headers.ContentType = new MediaTypeHeaderValue(file.DeclaredType);
                content.Add(part, file.Field, file.Name);
            }

            return content;
        }
    }

    /// <summary>A slow uploader: reads at most <c>bytesPerSecond</c>, in 16 KiB steps.</summary>
    private sealed class ThrottledStream(byte[] bytes, int bytesPerSecond) : MemoryStream(bytes, writable: false)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var step = Math.Min(buffer.Length, 16 * 1024);
            await Task.Delay(TimeSpan.FromSeconds((double)step / bytesPerSecond), cancellationToken);
            return await base.ReadAsync(buffer[..step], cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
