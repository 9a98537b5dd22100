using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ThammJobs.Core.Localization;

namespace ThammJobs.Core.Caching;

/// <summary>
/// Which requests may be answered from the cache and which responses may be kept. The middleware runs before
/// response compression (the compressed bytes are kept) and before authentication (it cannot see the user), so
/// the rules here are about the raw request: anonymous (no cookie at all, no Authorization), GET or HEAD, not a
/// candidate or back-office address. A response is kept only if it is a 200 that sets no cookie and does not
/// forbid storing. The key varies by method, scheme, host, path (case-sensitive), query, Accept-Encoding, the
/// culture, and the token of every <see cref="ICacheVersionSource"/>.
/// </summary>
public sealed class PublicPagePolicy(PublicPageCacheOptions options, IEnumerable<ICacheVersionSource> sources, TimeProvider clock, ILogger<PublicPagePolicy> logger) : IOutputCachePolicy
{
    // Never cached even if a page opts in by mistake: forms with antiforgery tokens, personal pages, staff pages.
    private static readonly string[] ExcludedSegments = ["admin", "postuler", "candidature", "health", "metrics"];

    private static readonly TimeSpan ShortestWorthKeeping = TimeSpan.FromSeconds(1);

    private readonly ICacheVersionSource[] sources = sources.ToArray();

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var attempt = options.Enabled && IsCacheable(context.HttpContext.Request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        if (!attempt)
        {
            return;
        }

        context.Tags.Add(PublicPageCache.Tag);
        var rules = context.CacheVaryByRules;
        rules.QueryKeys = "*";
        rules.HeaderNames = HeaderNames.AcceptEncoding;
        rules.VaryByHost = true;
        rules.VaryByValues["culture"] = CultureOf(context.HttpContext.Request);

        var now = clock.GetUtcNow();
        var validUntil = now + options.MaxDuration;
        try
        {
            foreach (var source in sources)
            {
                var version = await source.GetAsync(now, cancellationToken);
                rules.VaryByValues[source.Name] = version.Token;
                if (version.ValidUntil is { } until && until < validUntil)
                {
                    validUntil = until;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without a version the key would be wrong: render this request as if there were no cache. The page
            // itself then meets the same problem (the database, most likely) and shows its own error page.
            logger.LogWarning(exception, "Public page cache bypassed: a cache version could not be read");
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }

        var duration = validUntil - now;
        context.ResponseExpirationTimeSpan = duration;
        if (duration < ShortestWorthKeeping)
        {
            context.AllowCacheStorage = false;
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (!IsStorable(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The request side of the rules.</summary>
    public static bool IsCacheable(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        // Any cookie: the staff cookie (the user is not known yet at this point), antiforgery, temp data. A page
        // rendered for such a request may carry something of that visitor; a visitor with cookies is just not cached.
        if (!StringValues.IsNullOrEmpty(request.Headers.Authorization) || !StringValues.IsNullOrEmpty(request.Headers.Cookie))
        {
            return false;
        }

        foreach (var segment in (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ExcludedSegments.Contains(segment, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // A repeated parameter (q=a&q=b): the key sorts values, the page uses the first; never guess.
        foreach (var (_, values) in request.Query)
        {
            if (values.Count > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The response side: a plain 200 that sets no cookie and allows storing.</summary>
    public static bool IsStorable(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            return false;
        }

        var cacheControl = response.Headers.CacheControl;
        return !HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString)
            && !HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.PrivateString);
    }

    // The path's language for pages, the culture parameter for the API (both are in the key already: this makes it explicit).
    private static string CultureOf(HttpRequest request) =>
        PathCultureProvider.FirstSegment(request.Path) is { } segment && SiteCultures.IsSupported(segment) ? segment
        : request.Query["culture"].ToString() is { Length: > 0 } query && SiteCultures.IsSupported(query) ? query
        : "-";
}
