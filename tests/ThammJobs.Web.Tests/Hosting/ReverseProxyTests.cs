using System.Net;
using Microsoft.AspNetCore.Http;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Hosting;

/// <summary>
/// Behind the reverse proxy: forwarded headers believed from the configured proxy only (the candidate rate
/// limiter partitions by the client address they give), HSTS and the HTTPS redirect outside Development.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.0.5";

    private static SiteFactory NewSite() => new SiteFactory()
        .With("ThammJobs:ReverseProxy:KnownProxies:0", Proxy)
        .With("ThammJobs:Applications:RateLimitPermits", "1");

    /// <summary>A request as it reaches Kestrel: from <paramref name="from"/>, with the headers a proxy adds.</summary>
    private static Task<HttpContext> SendAsync(SiteFactory site, string method, string path, string from, string? forwardedFor = null, string? forwardedProto = null) =>
        site.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = path;
            context.Request.Host = new HostString("emplois.example.ma");
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            if (forwardedProto is not null)
            {
                context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            }
        });

    private static Task<HttpContext> CandidatePostAsync(SiteFactory site, string from, string forwardedFor) =>
        SendAsync(site, "POST", "/fr/candidature/lien-perdu", from, forwardedFor);

    [Fact]
    public async Task Behind_the_configured_proxy_each_client_address_has_its_own_rate_limit()
    {
        using var site = NewSite();

        var first = await CandidatePostAsync(site, Proxy, "203.0.113.7");
        var again = await CandidatePostAsync(site, Proxy, "203.0.113.7");
        var other = await CandidatePostAsync(site, Proxy, "203.0.113.8");

        Assert.NotEqual(StatusCodes.Status429TooManyRequests, first.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, again.Response.StatusCode);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, other.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("203.0.113.8"), other.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        using var site = NewSite();

        var first = await CandidatePostAsync(site, "198.51.100.9", "203.0.113.7");
        var spoofed = await CandidatePostAsync(site, "198.51.100.9", "203.0.113.99");

        Assert.NotEqual(StatusCodes.Status429TooManyRequests, first.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, spoofed.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("198.51.100.9"), spoofed.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task Https_through_the_proxy_gets_hsts_with_the_configured_max_age()
    {
        using var site = NewSite().With("ThammJobs:Https:HstsMaxAgeDays", "365");

        var https = await SendAsync(site, "GET", "/fr", Proxy, "203.0.113.7", "https");
        var spoofed = await SendAsync(site, "GET", "/fr", "198.51.100.9", "203.0.113.7", "https");

        Assert.Equal("https", https.Request.Scheme);
        Assert.Equal("max-age=31536000", https.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("http", spoofed.Request.Scheme);
        Assert.Empty(spoofed.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task Plain_http_through_the_proxy_is_redirected_to_https()
    {
        using var site = NewSite().With("ThammJobs:Https:Port", "443");

        var http = await SendAsync(site, "GET", "/fr/offres", Proxy, "203.0.113.7", "http");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, http.Response.StatusCode);
        Assert.Equal("https://emplois.example.ma/fr/offres", http.Response.Headers.Location.ToString());
    }
}
