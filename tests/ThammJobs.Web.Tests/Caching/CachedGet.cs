using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Caching;

/// <summary>One GET, its body (decompressed), and how much work (database commands, index searches) the site did to answer it.</summary>
internal sealed record CachedGet(HttpStatusCode Status, string Body, int Work, string? Encoding, string? RequestId)
{
    /// <summary>Nothing was read from the database or the index: the answer came from the cache.</summary>
    public bool FromCache => Work == 0;

    public static async Task<CachedGet> SendAsync(SiteFactory site, HttpClient client, string url, string? acceptEncoding = null, Action<HttpRequestMessage>? configure = null)
    {
        var counter = site.Services.GetRequiredService<RequestCommands>();
        var searches = site.Services.GetRequiredService<SearchesRun>();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        configure?.Invoke(request);
        var before = counter.Count + searches.Count;
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var work = counter.Count + searches.Count - before;
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        return new CachedGet(response.StatusCode, Decode(bytes, encoding), work, encoding,
            response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.Single() : null);
    }

    private static string Decode(byte[] bytes, string? encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream stream = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            null => input,
            _ => throw new InvalidOperationException("Unexpected encoding " + encoding),
        };
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
