using System.Net;
using System.Text.RegularExpressions;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Applications;

namespace ThammJobs.Web.Tests.Operations;

/// <summary>The Prometheus scrape endpoint: absent unless switched on, then the site's metrics in text exposition format.</summary>
public sealed partial class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_are_not_served_unless_switched_on()
    {
        using var site = new SiteFactory();
        var response = await site.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Switched_on_it_serves_request_duration_search_latency_and_outbox_backlog()
    {
        using var site = new SiteFactory().With("ThammJobs:Metrics:Prometheus", "true");
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=migration")).StatusCode);

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Matches(RequestCount(), text);
        Assert.Contains("# TYPE thammjobs_search_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Matches(SearchCount(), text);
        Assert.Matches(Backlog(), text);
    }

    [Fact]
    public async Task A_submitted_application_is_counted()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).With("ThammJobs:Metrics:Prometheus", "true");
        await Candidate.ApplyAsync(site);

        var text = await site.CreateClient().GetStringAsync("/metrics");

        Assert.Matches(Submitted(), text);
    }

    [GeneratedRegex("""(?m)^http_server_request_duration_seconds_count\{[^}]*http_route="/api/search"[^}]*\} [1-9]""")]
    private static partial Regex RequestCount();

    [GeneratedRegex("""(?m)^thammjobs_search_duration_seconds_count\{[^}]*culture="fr"[^}]*\} [1-9]""")]
    private static partial Regex SearchCount();

    [GeneratedRegex("""(?m)^thammjobs_outbox_backlog(\{[^}]*\})? \d+""")]
    private static partial Regex Backlog();

    [GeneratedRegex("""(?m)^thammjobs_applications_submitted_total\{[^}]*culture="fr"[^}]*\} [1-9]""")]
    private static partial Regex Submitted();
}
