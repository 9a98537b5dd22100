using System.Diagnostics.Metrics;

namespace ThammJobs.Applications.Services;

/// <summary>The <c>ThammJobs.Applications</c> meter: <c>thammjobs.applications.submitted</c>, new applications stored, by culture.</summary>
public sealed class ApplicationMetrics
{
    public const string MeterName = "ThammJobs.Applications";

    private readonly Counter<long> submitted;

    public ApplicationMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        submitted = meters.Create(MeterName).CreateCounter<long>("thammjobs.applications.submitted", "{application}", "Applications stored (repeats and duplicates not counted)");
    }

    public void Submitted(string culture) => submitted.Add(1, new KeyValuePair<string, object?>("culture", culture));
}
