using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThammJobs.Search.Querying;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Operations;

/// <summary>Every response names its request, and every log line of that request carries the same id.</summary>
public sealed class RequestIdTests
{
    [Fact]
    public async Task Pages_errors_and_health_responses_carry_an_x_request_id()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();

        var home = await client.GetAsync("/fr");
        var missing = await client.GetAsync("/fr/nulle-part");
        var (ready, body) = await Health.GetAsync(client);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var ids = new[] { home, missing, ready }.Select(r => Assert.Single(r.Headers.GetValues("X-Request-Id"))).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids[2], body.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task A_log_line_written_during_a_request_carries_its_request_id_and_trace_id()
    {
        var logs = new CapturedLogs();
        var scanner = "127.0.0.1:" + Health.ClosedPort().ToString(CultureInfo.InvariantCulture);
        using var site = new SiteFactory()
            .With("ThammJobs:Uploads:ClamdAddress", scanner)
            .WithServices(s => s.AddSingleton<ILoggerProvider>(logs));

        var (response, _) = await Health.GetAsync(site.CreateClient());

        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var line = Assert.Single(logs.Entries, e => e.Message.Contains("clamd did not answer", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal(requestId, line.Scope["RequestId"]);
        Assert.Equal("/health/ready", line.Scope["RequestPath"]);
        Assert.Matches("^[0-9a-f]{32}$", line.Scope["TraceId"]);
    }

    [Fact]
    public async Task The_error_page_shows_the_request_id_as_a_reference_in_both_languages()
    {
        using var site = new SiteFactory().WithServices(s => s.AddSingleton<IOfferSearch, FailingSearch>());
        var client = site.CreateClient();

        foreach (var (culture, label) in new[] { ("fr", "indiquez cette référence"), ("ar", "اذكروا هذا المرجع") })
        {
            var (response, page) = await Html.GetAsync(client, $"/{culture}/offres");

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            var reference = page.QuerySelector(".status-reference")!;
            Assert.Contains(label, reference.TextContent, StringComparison.Ordinal);
            Assert.Equal(requestId, reference.QuerySelector("code[dir=ltr]")!.TextContent);
        }

        var (missing, notFound) = await Html.GetAsync(client, "/fr/nulle-part");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(notFound.QuerySelector(".status-reference"));
    }

    private sealed class FailingSearch : IOfferSearch
    {
        public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The index went away.");
    }
}
