namespace ThammJobs.Bench;

/// <summary>Percentiles of a set of timings (nearest rank: p99 of 680 samples is the 674th smallest).</summary>
internal sealed record LatencySummary(int Samples, double P50, double P90, double P99, double Mean, double Max);

/// <summary>Wall times of the timed rounds, overall and per query of the mix.</summary>
internal sealed class Latencies
{
    private readonly List<double> all = [];
    private readonly Dictionary<string, List<double>> byQuery = new(StringComparer.Ordinal);

    public void Add(string query, double milliseconds)
    {
        all.Add(milliseconds);
        if (!byQuery.TryGetValue(query, out var list))
        {
            list = [];
            byQuery[query] = list;
        }

        list.Add(milliseconds);
    }

    public LatencySummary Overall => Summarize(all);

    public LatencySummary For(string query) => Summarize(byQuery.GetValueOrDefault(query) ?? []);

    public static LatencySummary Summarize(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        var sorted = values.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted.Average(), sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
