using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace ThammJobs.Core.Localization;

/// <summary>
/// The culture is the first path segment (<c>/fr/…</c>, <c>/ar/…</c>). Read from the path rather than
/// from route data so that a 404 or an error page is still shown in the language of the URL.
/// </summary>
public sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = FirstSegment(httpContext.Request.Path);
        if (!SiteCultures.IsSupported(culture))
        {
            return NullProviderCultureResult;
        }

        var formatting = SiteCultures.Formatting(culture!).Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(formatting, formatting));
    }

    public static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 3)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
