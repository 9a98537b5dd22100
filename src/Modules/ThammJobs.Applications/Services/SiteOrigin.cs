using Microsoft.AspNetCore.Http;

namespace ThammJobs.Applications.Services;

/// <summary>
/// The scheme and host links in e-mails start with: the request's own when a person acts on the site, else the
/// configured public address (a background rule runs outside any request).
/// </summary>
public static class SiteOrigin
{
    public static string Of(HttpContext? context, ApplicationOptions options)
    {
        var request = context?.Request;
        return request is { Host.HasValue: true } ? $"{request.Scheme}://{request.Host}" : options.PublicBaseUrl?.TrimEnd('/') ?? "";
    }
}
