using System.Text.Json;

namespace ThammJobs.Content.Recipes;

/// <summary>Small helpers to read a recipe's JSON with a message per missing or mistyped field.</summary>
internal static class RecipeJson
{
    public static string? RequiredString(JsonElement parent, string property, string path, RecipeErrors errors, string? pattern = null)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add($"{path}.{property}", "champ obligatoire manquant");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{path}.{property}", "doit être un texte non vide");
            return null;
        }

        var text = value.GetString()!;
        if (pattern is not null && !System.Text.RegularExpressions.Regex.IsMatch(text, pattern))
        {
            errors.Add($"{path}.{property}", $"« {text} » ne respecte pas le format {pattern}");
            return null;
        }

        return text;
    }

    public static string? OptionalString(JsonElement parent, string property, string path, RecipeErrors errors)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}.{property}", "doit être un texte");
            return null;
        }

        return value.GetString();
    }

    public static bool OptionalBool(JsonElement parent, string property, bool fallback, string path, RecipeErrors errors)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add($"{path}.{property}", "doit valoir true ou false");
            return fallback;
        }

        return value.GetBoolean();
    }

    public static string Describe(JsonException exception)
    {
        // System.Text.Json paths look like "$.deadline.timeZone"; keep the field part only.
        var field = exception.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : null;
        var reason = exception.Message.Split(" Path:", 2)[0];
        return field is null ? reason : $"{field} : {reason}";
    }
}
