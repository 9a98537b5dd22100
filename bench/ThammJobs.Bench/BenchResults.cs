namespace ThammJobs.Bench;

internal sealed record MachineInfo(int Processors, string Cpu, double MemoryGiB, string Os, string Runtime);

internal sealed record IndexingResult(
    int Documents,
    double RebuildSeconds,
    double OffersPerSecond,
    double CloseSeconds,
    double IndexMiB,
    int IndexFiles,
    double DatabaseMiB);

internal sealed record InProcessResult(
    double OpenToFirstSearchMs,
    int Queries,
    int WarmupRounds,
    int Rounds,
    LatencySummary Latency,
    LatencySummary OneHitPages,
    double BenchPeakRssMB,
    LatencySummary ThreadCpu,
    LatencySummary OneHitPagesThreadCpu);

internal sealed record HttpResult(
    IReadOnlyList<double> RestartToFirstSearchMs,
    double RestartToFirstSearchMedianMs,
    bool SiteRebuiltIndex,
    int Queries,
    int WarmupRounds,
    int Rounds,
    LatencySummary Latency,
    double P50RatioToInProcess,
    int Errors,
    double MeanResponseBytes,
    double SitePeakRssMB,
    double SiteRssAtEndMB);

internal sealed record QueryResult(string Name, string Url, int InProcessHits, int HttpHits, LatencySummary InProcess, LatencySummary InProcessOneHitPage, LatencySummary InProcessThreadCpu, LatencySummary Http);

internal sealed record TargetResult(string Figure, string Target, string Measured, bool Pass);

internal sealed record BenchResults(
    string DateUtc,
    string Command,
    MachineInfo Machine,
    int Seed,
    GenerationResult? Generation,
    IndexingResult? Indexing,
    InProcessResult InProcess,
    HttpResult Http,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<QueryResult> PerQuery,
    double TotalSeconds);
