using System.Net.Http.Headers;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Public;

/// <summary>A first visit to an offer page, on a phone on a slow connection, must stay under 100 KB compressed.</summary>
public sealed class PageWeightTests(SeededSite site) : IClassFixture<SeededSite>
{
    private const int Budget = 100 * 1024;

    [Theory]
    [InlineData("/fr/offres/expert-migration-nationale-thamm-equipe-france")]
    [InlineData("/ar/offres/expert-migration-nationale-thamm-equipe-france")]
    public async Task The_offer_page_with_everything_it_loads_weighs_under_100_KB_compressed(string url)
    {
        var client = site.CreateClient();
        var (htmlBytes, html) = await FetchAsync(client, url);
        var document = Html.Parse(html);
        var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src], img[src], link[rel=preload][href], link[rel=icon][href]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Distinct()
            .ToList();
        Assert.NotEmpty(assets);

        var total = htmlBytes;
        foreach (var asset in assets)
        {
            var (bytes, _) = await FetchAsync(client, asset);
            Assert.True(bytes > 100, $"{asset} is empty");
            total += bytes;
        }

        Assert.True(total < Budget, $"{url}: {total} bytes compressed ({htmlBytes} for the HTML, {assets.Count} assets)");
    }

    private static async Task<(int Bytes, string Text)> FetchAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var raw = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault();
        Assert.True(encoding is "br" or "gzip", $"{url} was sent uncompressed");
        var text = "";
        if (url.Contains("/offres/", StringComparison.Ordinal))
        {
            using var input = new MemoryStream(raw);
            using Stream decoder = encoding == "br"
                ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
                : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(decoder);
            text = await reader.ReadToEndAsync();
        }

        return (raw.Length, text);
    }
}
