using System.Text.Encodings.Web;
using System.Text.Json;

namespace ThammJobs.Bench;

/// <summary>The summary printed at the end of a run, and the JSON form of the results.</summary>
internal static class BenchReport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Print(BenchResults r, TextWriter o)
    {
        var m = r.Machine;
        o.WriteLine();
        o.WriteLine($"ThammJobs search benchmark — {r.DateUtc}");
        o.WriteLine($"machine: {m.Processors} cores ({m.Cpu}), {m.MemoryGiB:F1} GiB, {m.Os}, .NET {m.Runtime}");
        o.WriteLine();
        if (r.Generation is { } g)
        {
            o.WriteLine($"generation        {g.Offers:N0} offers ({g.TranslationSets:N0} fr+ar pairs) in {g.Seconds:F1} s (not part of indexing)");
            o.WriteLine($"text per offer    fr {g.French.MeanChars:F0} chars / {g.French.MeanUtf8Bytes:F0} B UTF-8 (min {g.French.MinUtf8Bytes}, max {g.French.MaxUtf8Bytes}); " +
                $"ar {g.Arabic.MeanChars:F0} chars / {g.Arabic.MeanUtf8Bytes:F0} B (min {g.Arabic.MinUtf8Bytes}, max {g.Arabic.MaxUtf8Bytes})");
        }

        if (r.Indexing is { } i)
        {
            o.WriteLine($"indexing          {i.RebuildSeconds:F1} s = {i.OffersPerSecond:F0} offers/s (rebuild from the database); writer closed (merges) in {i.CloseSeconds:F1} s");
            o.WriteLine($"index size        {i.IndexMiB:F1} MiB in {i.IndexFiles} files; database {i.DatabaseMiB:F0} MiB");
        }

        var p = r.InProcess;
        var h = r.Http;
        o.WriteLine($"in-process        p50 {p.Latency.P50:F2} ms, p90 {p.Latency.P90:F2} ms, p99 {p.Latency.P99:F2} ms, max {p.Latency.Max:F2} ms ({p.Latency.Samples} searches: {p.Queries} queries × {p.Rounds} rounds after {p.WarmupRounds} warm-up rounds); open to first search {p.OpenToFirstSearchMs:F0} ms");
        o.WriteLine($"  1 hit per page  p50 {p.OneHitPages.P50:F2} ms, p90 {p.OneHitPages.P90:F2} ms, p99 {p.OneHitPages.P99:F2} ms (same mix with pageSize=1: matching, facets, other language, without 19 snippets)");
        o.WriteLine($"  thread CPU time p50 {p.ThreadCpu.P50:F2} ms, p90 {p.ThreadCpu.P90:F2} ms, p99 {p.ThreadCpu.P99:F2} ms; 1 hit per page p50 {p.OneHitPagesThreadCpu.P50:F2} ms, p99 {p.OneHitPagesThreadCpu.P99:F2} ms (CPU the searching thread used: less sensitive to a loaded machine)");
        o.WriteLine($"HTTP              p50 {h.Latency.P50:F2} ms, p90 {h.Latency.P90:F2} ms, p99 {h.Latency.P99:F2} ms, max {h.Latency.Max:F2} ms ({h.Latency.Samples} requests, {h.MeanResponseBytes:F0} B per response)");
        o.WriteLine($"restart → search  {string.Join(", ", h.RestartToFirstSearchMs.Select(v => $"{v:F0} ms"))} (median {h.RestartToFirstSearchMedianMs:F0} ms){(h.SiteRebuiltIndex ? " — the site REBUILT its index" : ", no rebuild")}");
        o.WriteLine($"site memory       peak RSS {h.SitePeakRssMB:F0} MB, RSS at end {h.SiteRssAtEndMB:F0} MB");
        o.WriteLine();

        o.WriteLine($"{"query",-44} {"total",7} {"http",7} {"in p50",8} {"in p99",8} {"1hit p50",9} {"cpu p50",8} {"http p50",9} {"http p99",9}");
        foreach (var q in r.PerQuery)
        {
            var mismatch = q.InProcessHits == q.HttpHits ? "" : "  (hit counts differ)";
            o.WriteLine($"{q.Name,-44} {q.InProcessHits,7} {q.HttpHits,7} {q.InProcess.P50,8:F2} {q.InProcess.P99,8:F2} {q.InProcessOneHitPage.P50,9:F2} {q.InProcessThreadCpu.P50,8:F2} {q.Http.P50,9:F2} {q.Http.P99,9:F2}{mismatch}");
        }

        o.WriteLine("total: SearchResults.Total in-process and over HTTP (the number of matching offers).");
        o.WriteLine();
        o.WriteLine($"{"figure",-36} {"target",-20} {"measured",-24} result");
        foreach (var t in r.Targets)
        {
            o.WriteLine($"{t.Figure,-36} {t.Target,-20} {t.Measured,-24} {(t.Pass ? "pass" : "FAIL")}");
        }

        o.WriteLine();
        o.WriteLine($"run time {r.TotalSeconds / 60:F1} min");
    }
}
