using System.Text.Json;

namespace ThammJobs.Content.Recipes;

/// <summary>Reads and checks a whole recipe before anything is written; reports every problem at once.</summary>
public sealed class RecipeParser(IEnumerable<IRecipeStep> steps)
{
    private const string NamePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public ParsedRecipe? Parse(string json, RecipeErrors errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException exception)
        {
            errors.Add("", $"JSON invalide (ligne {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}) : {exception.Message.Split(" LineNumber:", 2)[0]}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("", "une recette est un objet JSON");
                return null;
            }

            var name = RecipeJson.RequiredString(root, "name", "recette", errors, NamePattern);
            var displayName = RecipeJson.OptionalString(root, "displayName", "recette", errors);
            if (!root.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add("recette.steps", "doit être une liste d'étapes");
                return null;
            }

            var parsed = new List<ParsedStep>();
            var index = 0;
            foreach (var stepElement in stepsElement.EnumerateArray())
            {
                var path = $"steps[{index++}]";
                var stepName = stepElement.ValueKind == JsonValueKind.Object ? RecipeJson.RequiredString(stepElement, "name", path, errors) : null;
                if (stepName is null)
                {
                    if (stepElement.ValueKind != JsonValueKind.Object)
                    {
                        errors.Add(path, "une étape est un objet avec un nom");
                    }

                    continue;
                }

                var step = steps.FirstOrDefault(s => s.Name == stepName);
                if (step is null)
                {
                    errors.Add($"{path}.name", $"étape inconnue « {stepName} » (connues : {string.Join(", ", steps.Select(s => s.Name))})");
                    continue;
                }

                if (step.Parse(stepElement, $"{path} ({stepName})", errors) is { } plan)
                {
                    parsed.Add(new ParsedStep(step, plan));
                }
            }

            return errors.Any || name is null ? null : new ParsedRecipe(name, displayName, parsed);
        }
    }
}
