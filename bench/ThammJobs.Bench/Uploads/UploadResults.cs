namespace ThammJobs.Bench.Uploads;

internal sealed record UploadSettings(
    string Offer,
    int Candidates,
    int Concurrency,
    int Rounds,
    int Warmup,
    double MinMegabytes,
    double MaxMegabytes,
    int PoolPerType,
    string? Clamd,
    string Diploma,
    int RateLimitPermits,
    IReadOnlyList<string> SiteArguments,
    IReadOnlyDictionary<string, string> SiteEnvironment);

internal sealed record PoolSummary(
    double GenerationSeconds,
    double MinMB,
    double MaxMB,
    double MeanMB,
    double MeanApplicationMB,
    IReadOnlyList<PoolFileCheck> Files);

internal sealed record RoundResult(int Round, int Applications, int Succeeded, double WallSeconds, double MegabytesSent);

internal sealed record MemoryResult(
    double AfterStartRssMB,
    double BeforeRunRssMB,
    double PeakRssMB,
    double SampledPeakRssMB,
    double SampledPeakRssAnonMB,
    double AtEndRssMB,
    int Samples,
    IReadOnlyList<double> PeakRssPerRoundMB,
    double TempFolderPeakMB);

internal sealed record StorageResult(
    int ExpectedApplications,
    int ApplicationsStored,
    int CandidateEmailsFound,
    int CandidateEmailsDuplicated,
    int DocumentsAttached,
    int ApplicationsWithThreeDocuments,
    int DocumentsMissingOnDisk,
    int ThumbnailsStored,
    int OrphanDocuments,
    int DraftsLeft,
    double StoredMB,
    IReadOnlyDictionary<string, int> ScanStatuses,
    IReadOnlyDictionary<string, int> FileTypes,
    int PartFilesLeft,
    int AspNetTempFilesLeft);

internal sealed record FailureSample(int Candidate, string Step, string Status, string Detail);

internal sealed record UploadResults(
    string DateUtc,
    string Command,
    MachineInfo Machine,
    string LoadAverageBefore,
    string LoadAverageAfter,
    UploadSettings Settings,
    PoolSummary Pool,
    int Applications,
    int Succeeded,
    int Failed,
    IReadOnlyDictionary<string, int> PostStatuses,
    IReadOnlyList<FailureSample> FailureSamples,
    double WallSeconds,
    double ApplicationsPerSecond,
    double MegabytesPerSecond,
    double MegabytesSent,
    LatencySummary Post,
    LatencySummary Get,
    LatencySummary Candidate,
    IReadOnlyList<RoundResult> PerRound,
    MemoryResult Memory,
    StorageResult Storage,
    int SiteLogWarnings,
    int SiteLogErrors,
    IReadOnlyList<TargetResult> Targets,
    double TotalSeconds);
