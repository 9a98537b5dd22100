using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ThammJobs.Operations.Logging;

/// <summary>
/// Every response carries <c>X-Request-Id</c>: the request's <see cref="HttpContext.TraceIdentifier"/>, the same
/// value as the <c>RequestId</c> of the hosting log scope, so a candidate can quote it and the logs be searched.
/// Set when the response starts, so error pages (whose handler clears the headers) keep it too.
/// </summary>
internal static class RequestIdHeader
{
    public const string Name = "X-Request-Id";

    public static IApplicationBuilder UseRequestIdHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[Name] = http.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
