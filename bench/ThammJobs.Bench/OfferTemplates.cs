using System.Text.Json;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Bench;

/// <summary>A real offer in both languages, read from a recipe: the raw material of the generated offers.</summary>
internal sealed record OfferTemplate(string TranslationSet, string FrenchJson, string ArabicJson)
{
    public JobOffer French() => ContentJson.Deserialize<JobOffer>(FrenchJson);

    public JobOffer Arabic() => ContentJson.Deserialize<JobOffer>(ArabicJson);
}

/// <summary>Reads the job offers of <c>thamm-plus.recipe.json</c> and <c>demo.recipe.json</c>, paired by translation set.</summary>
internal static class OfferTemplates
{
    public static readonly string[] RecipeFiles = ["thamm-plus.recipe.json", "demo.recipe.json"];

    public static IReadOnlyList<OfferTemplate> Load(string recipesFolder)
    {
        var templates = new List<OfferTemplate>();
        foreach (var file in RecipeFiles)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(recipesFolder, file)));
            var offers = document.RootElement.GetProperty("steps").EnumerateArray()
                .Where(step => step.GetProperty("name").GetString() == "content")
                .SelectMany(step => step.GetProperty("items").EnumerateArray())
                .Where(item => item.GetProperty("type").GetString() == ContentTypes.JobOffer)
                .Select(item => (
                    Set: item.GetProperty("translationSet").GetString() ?? "",
                    Culture: item.GetProperty("culture").GetString() ?? "",
                    Data: item.GetProperty("data").GetRawText()))
                .ToList();
            foreach (var set in offers.GroupBy(o => o.Set, StringComparer.Ordinal))
            {
                var french = set.FirstOrDefault(o => o.Culture == "fr");
                var arabic = set.FirstOrDefault(o => o.Culture == "ar");
                if (french.Data is not null && arabic.Data is not null)
                {
                    templates.Add(new OfferTemplate(set.Key, french.Data, arabic.Data));
                }
            }
        }

        if (templates.Count == 0)
        {
            throw new InvalidOperationException($"No bilingual job offer found in the recipes of {recipesFolder}.");
        }

        return templates;
    }
}
