using System.Net.Http.Json;
using System.Text.Json;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Search;

/// <summary>Calls <c>GET /api/search</c> the way a client would.</summary>
internal static class SearchApi
{
    public static async Task<JsonElement> GetAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client, string query) =>
        (await GetAsync(client, query)).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();

    /// <summary>
    /// Polls until <paramref name="condition"/> holds or <paramref name="within"/> has passed on the wall clock,
    /// and returns how long it took; the caller asserts the bound. Not a sleep to pass: it stops as soon as
    /// the change is visible.
    /// </summary>
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (started.Elapsed > within)
            {
                return started.Elapsed;
            }

            await Task.Delay(25);
        }

        return started.Elapsed;
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static SiteFactory Node(TestDatabase database, string name) =>
        new SiteFactory(database).With("ThammJobs:Search:IndexFolder", Path.Combine(database.DataFolder, "index-" + name));
}
