using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;

namespace ThammJobs.Core.Localization;

/// <summary><c>/</c> goes to <c>/ar</c> or <c>/fr</c>, whichever the browser's Accept-Language prefers.</summary>
public static class LanguageRedirect
{
    public static string Choose(RequestHeaders headers)
    {
        var preferred = headers.AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(SiteCultures.IsSupported);
        return preferred ?? SiteCultures.Default;
    }

    public static IResult Redirect(HttpContext context)
    {
        context.Response.Headers.Vary = "Accept-Language";
        return Results.Redirect("/" + Choose(context.Request.GetTypedHeaders()));
    }
}
