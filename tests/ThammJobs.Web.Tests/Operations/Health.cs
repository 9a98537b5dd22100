using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ThammJobs.Web.Tests.Operations;

/// <summary>Reads the health endpoints' JSON; finds loopback ports nobody listens on.</summary>
internal static class Health
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(HttpClient client, string path = "/health/ready")
    {
        var response = await client.GetAsync(path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, body);
    }

    public static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static string Status(JsonElement body, string name) => Check(body, name).GetProperty("status").GetString()!;

    /// <summary>A loopback port that was free a moment ago and is now closed: connecting is refused at once.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
