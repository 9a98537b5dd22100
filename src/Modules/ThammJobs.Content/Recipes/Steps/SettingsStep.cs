using System.Text.Json;
using System.Text.Json.Nodes;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Recipes.Steps;

/// <summary>The <c>settings</c> step: site-wide key/value settings (site name per language, contact…).</summary>
public sealed class SettingsStep(SiteSettings settings) : IRecipeStep
{
    public string Name => "settings";

    public int ExportOrder => 10;

    public object? Parse(JsonElement step, string path, RecipeErrors errors)
    {
        if (!step.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.values", "doit être un objet de réglages « clé » : « valeur »");
            return null;
        }

        var plan = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in values.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add($"{path}.values.{property.Name}", "doit être un texte");
                continue;
            }

            plan[property.Name] = property.Value.GetString()!;
        }

        return plan;
    }

    public async Task ApplyAsync(object plan, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in (Dictionary<string, string>)plan)
        {
            await settings.SetAsync(key, value, cancellationToken);
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var all = await settings.AllAsync(cancellationToken);
        var values = new JsonObject();
        foreach (var (key, value) in all.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            values[key] = value;
        }

        return new JsonObject { ["name"] = Name, ["values"] = values };
    }
}
