using System.Diagnostics.Metrics;

namespace ThammJobs.Search.Querying;

/// <summary>The <c>ThammJobs.Search</c> meter: <c>thammjobs.search.duration</c>, seconds per search on this node's index.</summary>
public sealed class SearchMetrics
{
    public const string MeterName = "ThammJobs.Search";

    private readonly Histogram<double> duration;

    public SearchMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        duration = meters.Create(MeterName).CreateHistogram(
            "thammjobs.search.duration",
            "s",
            "Time to run one offer search (query, facets, snippets)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
    }

    public void Record(TimeSpan elapsed, string culture) =>
        duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("culture", culture));
}
