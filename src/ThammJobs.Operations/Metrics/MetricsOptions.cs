namespace ThammJobs.Operations.Metrics;

/// <summary>Bound from <c>ThammJobs:Metrics</c>.</summary>
public sealed class MetricsOptions
{
    /// <summary>Serve the Prometheus text exposition at <see cref="PrometheusPath"/> (off: that path is a 404).</summary>
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>
    /// The meters exported: ASP.NET Core's request and connection metrics, the runtime's, and every
    /// <c>ThammJobs.*</c> meter a module owns (search, applications, messaging…).
    /// </summary>
    internal static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Runtime",
        "ThammJobs.*",
    ];
}
