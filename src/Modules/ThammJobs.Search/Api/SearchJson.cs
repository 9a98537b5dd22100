using System.Text.Encodings.Web;
using System.Text.Json;

namespace ThammJobs.Search.Api;

internal static class SearchJson
{
    /// <summary>camelCase, Arabic and accents left readable (snippets are already HTML-escaped).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
