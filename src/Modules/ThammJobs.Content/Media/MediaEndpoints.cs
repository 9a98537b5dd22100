using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ThammJobs.Content.Media;

/// <summary>
/// <c>GET /media/{id}/{profile}.{ext}</c>: public site images. Only configured profiles exist (no size in the URL);
/// a variant never changes under its URL (a new image gets a new id, a changed profile a new signature in the
/// ETag), so it is cached for a year as immutable, with a strong ETag for the revalidations that happen anyway.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/media/{id}/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string id, string file, HttpContext http, CancellationToken cancellationToken)
    {
        var variants = http.RequestServices.GetRequiredService<MediaVariants>();
        var dot = file.LastIndexOf('.');
        var profileName = dot > 0 ? file[..dot] : "";
        var profile = variants.Profile(profileName);
        if (profile is null || file[(dot + 1)..] != profile.Extension || !MediaUrls.IsId(id))
        {
            return Results.NotFound();
        }

        var item = await http.RequestServices.GetRequiredService<MediaLibrary>().FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Results.NotFound();
        }

        var tag = new EntityTagHeaderValue("\"" + item.Sha256[..32] + "-" + profileName + "-" + profile.Signature + "\"");
        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } match && match.Any(m => m.Compare(tag, useStrongComparison: false) || m.Equals(EntityTagHeaderValue.Any)))
        {
            // Answered before touching the disk: a revalidation costs one indexed row read.
            headers.ETag = tag.ToString();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var path = await variants.GetOrCreateAsync(item, profileName, profile, cancellationToken);
        return Results.File(path, profile.ContentType, entityTag: tag, lastModified: null, enableRangeProcessing: false);
    }
}
