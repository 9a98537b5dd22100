using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThammJobs.Uploads;

namespace ThammJobs.Applications.Hosting;

/// <summary>
/// Request limits of the candidate routes: a body size that fits one application (checked on Content-Length
/// before antiforgery reads the form, so the candidate gets the readable 413 page, not a bare 400), and a
/// per-client rate limit on candidate POSTs answered with 429 and the readable status page.
/// </summary>
internal static partial class CandidateRequestLimits
{
    /// <summary>Room for the form fields and multipart boundaries around the files.</summary>
    private const long FormOverheadBytes = 2 * 1024 * 1024;

    /// <summary>Oversized bodies up to this size are read and discarded so the 413 page reaches the browser.</summary>
    private const long DrainLimitBytes = 200 * 1024 * 1024;

    public static IServiceCollection AddCandidateRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsCandidatePost(context.Request))
                {
                    return RateLimitPartition.GetNoLimiter("other");
                }

                var options = context.RequestServices.GetRequiredService<IOptions<ApplicationOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimitPermits,
                    Window = TimeSpan.FromSeconds(options.RateLimitWindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    public static IApplicationBuilder UseCandidateRequestLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            if (IsCandidatePost(context.Request) && ApplyPath().IsMatch(context.Request.Path.Value ?? ""))
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxApplicationBytes + FormOverheadBytes;
                if (context.Request.ContentLength > limit)
                {
                    // Browsers (and HttpClient) do not read an answer sent while they are still uploading: the
                    // candidate would see a connection reset. Reading the body to nowhere costs bandwidth, not
                    // memory; beyond a sane size the connection is simply closed.
                    if (context.Request.ContentLength <= DrainLimitBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } drain)
                    {
                        drain.MaxRequestBodySize = DrainLimitBytes;
                        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    }
                    else
                    {
                        context.Response.Headers.Connection = "close";
                    }

                    // The theme's status page is then shown for a plain GET: there is no form left to read.
                    context.Request.Method = HttpMethods.Get;
                    context.Request.ContentType = null;
                    context.Request.ContentLength = 0;
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                // Kestrel's default (30 MB) is below one application's allowance.
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = limit;
                }
            }

            await next(context);
        });
        return app;
    }

    private static bool IsCandidatePost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && CandidatePath().IsMatch(request.Path.Value ?? "");

    [GeneratedRegex(@"^/(fr|ar)/(offres/[^/]+/postuler|candidature(/.*)?)/?$")]
    private static partial Regex CandidatePath();

    [GeneratedRegex(@"^/(fr|ar)/offres/[^/]+/postuler/?$")]
    private static partial Regex ApplyPath();
}
