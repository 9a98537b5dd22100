namespace ThammJobs.Bench.Uploads;

/// <summary>The summary printed at the end of an upload run (the JSON has everything).</summary>
internal static class UploadReport
{
    public static void Print(UploadResults r, TextWriter o)
    {
        var m = r.Machine;
        var s = r.Settings;
        o.WriteLine();
        o.WriteLine($"ThammJobs upload benchmark — {r.DateUtc}");
        o.WriteLine($"machine: {m.Processors} cores ({m.Cpu}), {m.MemoryGiB:F1} GiB, {m.Os}, .NET {m.Runtime}; load average before {r.LoadAverageBefore}, after {r.LoadAverageAfter}");
        o.WriteLine($"offer {s.Offer}; {s.Rounds} rounds × {s.Candidates} candidates ({s.Concurrency} at once) after {s.Warmup} warm-up applications; " +
            $"antivirus {(s.Clamd is null ? "off" : "clamd " + s.Clamd)}; rate limit {s.RateLimitPermits} per address");
        if (s.SiteEnvironment.Count > 0 || s.SiteArguments.Count > 2)
        {
            o.WriteLine($"site started as   {string.Join(' ', s.SiteEnvironment.Select(e => $"{e.Key}={e.Value}"))} dotnet ThammJobs.Web.dll {string.Join(' ', s.SiteArguments)}".Trim());
        }

        o.WriteLine($"files             PDF + DOCX + {(s.Diploma == "pdf" ? "PDF (diploma as PDF: no image re-encoding)" : "JPEG")} per candidate, {r.Pool.MinMB:F2}–{r.Pool.MaxMB:F2} MB each (mean {r.Pool.MeanMB:F2} MB, {r.Pool.MeanApplicationMB:F1} MB per application); " +
            $"{r.Pool.Files.Count} generated in {r.Pool.GenerationSeconds:F1} s before timing");
        var jpegs = r.Pool.Files.Where(f => f.ReencodeMs is not null).ToList();
        if (jpegs.Count > 0)
        {
            o.WriteLine($"JPEG re-encode    in-process, one at a time: {jpegs.Min(f => f.ReencodeMs):F0}–{jpegs.Max(f => f.ReencodeMs):F0} ms " +
                $"(+ thumbnail {jpegs.Min(f => f.ThumbnailMs):F0}–{jpegs.Max(f => f.ThumbnailMs):F0} ms) for {jpegs.Min(f => f.Width * f.Height) / 1e6:F1}–{jpegs.Max(f => f.Width * f.Height) / 1e6:F1} Mpx");
        }

        o.WriteLine();
        o.WriteLine($"applications      {r.Succeeded} of {r.Applications} succeeded, {r.Failed} failed; POST statuses {string.Join(", ", r.PostStatuses.Select(p => $"{p.Key}×{p.Value}"))}");
        o.WriteLine($"throughput        {r.ApplicationsPerSecond:F2} applications/s, {r.MegabytesPerSecond:F1} MB/s of files ({r.MegabytesSent:F0} MB in {r.WallSeconds:F1} s of rounds)");
        o.WriteLine($"POST (submission) p50 {r.Post.P50:F0} ms, p90 {r.Post.P90:F0} ms, p99 {r.Post.P99:F0} ms, max {r.Post.Max:F0} ms ({r.Post.Samples} samples)");
        o.WriteLine($"GET (form)        p50 {r.Get.P50:F0} ms, p90 {r.Get.P90:F0} ms, p99 {r.Get.P99:F0} ms, max {r.Get.Max:F0} ms");
        o.WriteLine($"GET + POST        p50 {r.Candidate.P50:F0} ms, p99 {r.Candidate.P99:F0} ms");
        foreach (var round in r.PerRound)
        {
            o.WriteLine($"  round {round.Round}         {round.Succeeded}/{round.Applications} in {round.WallSeconds:F1} s = {round.Applications / round.WallSeconds:F2}/s, {round.MegabytesSent / round.WallSeconds:F1} MB/s");
        }

        var mem = r.Memory;
        o.WriteLine($"site memory       RSS after start {mem.AfterStartRssMB:F0} MB, before the rounds {mem.BeforeRunRssMB:F0} MB, peak (VmHWM) {mem.PeakRssMB:F0} MB, at end {mem.AtEndRssMB:F0} MB");
        o.WriteLine($"                  sampled peak RSS {mem.SampledPeakRssMB:F0} MB (anonymous {mem.SampledPeakRssAnonMB:F0} MB), per round {string.Join(", ", mem.PeakRssPerRoundMB.Select(v => $"{v:F0}"))} MB; " +
            $"upload buffers on disk at most {mem.TempFolderPeakMB:F0} MB");
        var st = r.Storage;
        o.WriteLine($"stored            {st.ApplicationsStored} applications ({st.CandidateEmailsFound} of {st.ExpectedApplications} candidates, {st.CandidateEmailsDuplicated} twice), " +
            $"{st.DocumentsAttached} documents ({string.Join(", ", st.FileTypes.Select(t => $"{t.Key} {t.Value}"))}), {st.ThumbnailsStored} thumbnails, {st.StoredMB:F0} MB; " +
            $"{st.DocumentsMissingOnDisk} files missing on disk");
        o.WriteLine($"                  scan status {string.Join(", ", st.ScanStatuses.Select(t => $"{t.Key} {t.Value}"))}; orphan documents {st.OrphanDocuments}, drafts left {st.DraftsLeft}, " +
            $".part files left {st.PartFilesLeft}, ASP.NET temp files left {st.AspNetTempFilesLeft}");
        o.WriteLine($"site log          {r.SiteLogWarnings} warnings, {r.SiteLogErrors} errors");
        foreach (var failure in r.FailureSamples.Take(10))
        {
            o.WriteLine($"  failure         candidate {failure.Candidate}: {failure.Step} {failure.Status} {failure.Detail}");
        }

        o.WriteLine();
        o.WriteLine($"{"figure",-28} {"target",-46} {"measured",-52} result");
        foreach (var t in r.Targets)
        {
            o.WriteLine($"{t.Figure,-28} {t.Target,-46} {t.Measured,-52} {(t.Pass ? "pass" : "FAIL")}");
        }

        o.WriteLine();
        o.WriteLine($"run time {r.TotalSeconds / 60:F1} min");
    }
}
