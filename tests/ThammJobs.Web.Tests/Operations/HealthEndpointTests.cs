using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Operations;

/// <summary><c>/health/live</c> and <c>/health/ready</c> as a load balancer sees them.</summary>
public sealed class HealthEndpointTests
{
    private static readonly string[] ReadyChecks = ["database", "disk", "search-index", "scanner", "smtp"];

    [Fact]
    public async Task Live_answers_200_at_once_without_running_any_check()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        await client.GetAsync("/health/live");

        var watch = Stopwatch.StartNew();
        var (response, body) = await Health.GetAsync(client, "/health/live");
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateArray());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"live took {watch.Elapsed}");
    }

    [Fact]
    public async Task Ready_lists_each_check_with_status_and_duration_and_no_secret()
    {
        using var site = new SiteFactory();
        var (response, body) = await Health.GetAsync(site.CreateClient());
        var text = body.ToString();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(ReadyChecks, body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        foreach (var check in body.GetProperty("checks").EnumerateArray())
        {
            Assert.Equal("Healthy", check.GetProperty("status").GetString());
            Assert.True(check.GetProperty("durationMs").GetDouble() >= 0);
        }

        Assert.Equal("not configured", Health.Check(body, "scanner").GetProperty("description").GetString());
        Assert.Equal("pickup folder", Health.Check(body, "smtp").GetProperty("description").GetString());
        Assert.Contains("up to date", Health.Check(body, "search-index").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Database.DataFolder, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Source", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ready_is_503_when_the_data_folder_has_less_free_space_than_the_minimum()
    {
        using var site = new SiteFactory().With("ThammJobs:Health:MinimumFreeDiskMegabytes", "1000000000");
        var (response, body) = await Health.GetAsync(site.CreateClient());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", Health.Status(body, "disk"));
        Assert.Equal("Healthy", Health.Status(body, "database"));
    }

    [Fact]
    public async Task An_unreachable_scanner_degrades_the_node_and_makes_it_unhealthy_when_required()
    {
        var address = "127.0.0.1:" + Health.ClosedPort().ToString(CultureInfo.InvariantCulture);

        using (var site = new SiteFactory().With("ThammJobs:Uploads:ClamdAddress", address))
        {
            var (response, body) = await Health.GetAsync(site.CreateClient());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Degraded", body.GetProperty("status").GetString());
            Assert.Equal("Degraded", Health.Status(body, "scanner"));
            Assert.DoesNotContain(address, body.ToString(), StringComparison.Ordinal);
        }

        using (var site = new SiteFactory().With("ThammJobs:Uploads:ClamdAddress", address).With("ThammJobs:Health:ScannerRequired", "true"))
        {
            var (response, body) = await Health.GetAsync(site.CreateClient());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", Health.Status(body, "scanner"));
        }
    }

    [Fact]
    public async Task The_smtp_check_connects_to_the_configured_relay()
    {
        using var relay = new TcpListener(IPAddress.Loopback, 0);
        relay.Start();
        var open = ((IPEndPoint)relay.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        var closed = Health.ClosedPort().ToString(CultureInfo.InvariantCulture);

        using (var site = Relay(open))
        {
            var (response, body) = await Health.GetAsync(site.CreateClient());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", Health.Status(body, "smtp"));
            Assert.Equal("reachable", Health.Check(body, "smtp").GetProperty("description").GetString());
        }

        using (var site = Relay(closed).With("ThammJobs:Health:SmtpRequired", "true"))
        {
            var (response, body) = await Health.GetAsync(site.CreateClient());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", Health.Status(body, "smtp"));
            Assert.DoesNotContain("secret-password", body.ToString(), StringComparison.Ordinal);
        }

        static SiteFactory Relay(string port) => new SiteFactory()
            .With("ThammJobs:Mail:SmtpHost", "127.0.0.1")
            .With("ThammJobs:Mail:SmtpPort", port)
            .With("ThammJobs:Mail:SmtpSecurity", "None")
            .With("ThammJobs:Mail:SmtpUser", "relay-user")
            .With("ThammJobs:Mail:SmtpPassword", "secret-password")
            .With("ThammJobs:Mail:SenderEnabled", "false");
    }
}
