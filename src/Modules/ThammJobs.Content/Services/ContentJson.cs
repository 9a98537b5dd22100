using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>One JSON shape for content, in the database and in recipes, so both round-trip byte for byte.</summary>
public static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Arabic stays readable in the database and in exported recipes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Serialize(IContent content) => JsonSerializer.Serialize(content, content.GetType(), Options);

    public static IContent Deserialize(string contentType, string json) =>
        (IContent)(JsonSerializer.Deserialize(json, ContentTypes.ClrType(contentType), Options)
            ?? throw new JsonException($"Empty {contentType} content."));

    public static T Deserialize<T>(string json) where T : IContent =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Empty {typeof(T).Name} content.");
}
