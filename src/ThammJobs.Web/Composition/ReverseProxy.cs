using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ThammJobs.Web.Composition;

/// <summary>
/// Running behind a reverse proxy (docs/deployment.md). <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed only from the proxies listed in <c>ThammJobs:ReverseProxy:KnownProxies</c> (addresses) and
/// <c>KnownNetworks</c> (CIDR), by default the loopback addresses (a proxy on the same machine); from anyone
/// else they are ignored, so a client cannot choose the address the candidate rate limiter counts it under.
/// Outside Development: HSTS (<c>ThammJobs:Https:HstsMaxAgeDays</c>, sent on HTTPS responses only) and a
/// redirect of plain HTTP requests to HTTPS (<c>ThammJobs:Https:Redirect</c>).
/// </summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = configuration.GetValue("ThammJobs:ReverseProxy:ForwardLimit", 1);
            var proxies = configuration.GetSection("ThammJobs:ReverseProxy:KnownProxies").Get<string[]>();
            var networks = configuration.GetSection("ThammJobs:ReverseProxy:KnownNetworks").Get<string[]>();
            if (proxies is null && networks is null)
            {
                return; // the framework's defaults: 127.0.0.0/8 and ::1
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(configuration.GetValue("ThammJobs:Https:HstsMaxAgeDays", 30));
            options.IncludeSubDomains = configuration.GetValue("ThammJobs:Https:HstsIncludeSubDomains", false);
        });
        services.AddHttpsRedirection(options =>
        {
            if (configuration.GetValue<int?>("ThammJobs:Https:Port") is { } port)
            {
                options.HttpsPort = port;
            }
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it (rate limiter, HTTPS checks, logs) sees the client's address and scheme.</summary>
    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            if (app.Configuration.GetValue("ThammJobs:Https:HstsMaxAgeDays", 30) > 0)
            {
                app.UseHsts();
            }

            if (app.Configuration.GetValue("ThammJobs:Https:Redirect", true))
            {
                app.UseHttpsRedirection();
            }
        }

        return app;
    }
}
