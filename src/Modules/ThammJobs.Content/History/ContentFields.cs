using System.Globalization;
using System.Text.Json.Nodes;

namespace ThammJobs.Content.History;

/// <summary>
/// A version's typed JSON as a flat, ordered list of fields (<c>title</c>, <c>sections.mission</c>,
/// <c>documents[0].label.fr</c>) with their text, so two versions compare field by field and an audit line can
/// say what each field was before and after.
/// </summary>
public static class ContentFields
{
    public static List<KeyValuePair<string, string>> Flatten(string? json)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrEmpty(json))
        {
            Walk(JsonNode.Parse(json), "", fields);
        }

        return fields;
    }

    private static void Walk(JsonNode? node, string path, List<KeyValuePair<string, string>> fields)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : path + "." + name, fields);
                }

                return;
            // A list of plain values (funders, sectors…) reads best as one field; a list of objects field by field.
            case JsonArray array when array.All(item => item is JsonValue):
                if (array.Count > 0)
                {
                    fields.Add(new(path, string.Join(", ", array.Select(item => Text((JsonValue)item!)))));
                }

                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", fields);
                }

                return;
            case JsonValue value:
                fields.Add(new(path, Text(value)));
                return;
        }
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        _ => Convert.ToString(value.ToJsonString(), CultureInfo.InvariantCulture),
    };
}
