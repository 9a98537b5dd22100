using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Recipes.Steps;

/// <summary>The <c>content</c> step: content items upserted on their stable ids.</summary>
public sealed class ContentStep(ThammJobsDbContext db, ContentManager contentManager) : IRecipeStep
{
    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public string Name => "content";

    public int ExportOrder => 20;

    public object? Parse(JsonElement step, string path, RecipeErrors errors)
    {
        if (!step.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path}.items", "doit être une liste d'éléments de contenu");
            return null;
        }

        var plan = new List<ContentItemPlan>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new HashSet<(string, string, string)>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemPath = $"{path} › items[{index++}]";
            if (ParseItem(item, itemPath, errors) is not { } parsed)
            {
                continue;
            }

            if (!ids.Add(parsed.Draft.ContentItemId))
            {
                errors.Add($"{itemPath}.id", $"l'identifiant « {parsed.Draft.ContentItemId} » figure deux fois dans la recette");
            }

            if (!slugs.Add((parsed.Draft.ContentType, parsed.Draft.Culture, parsed.Draft.Slug)))
            {
                errors.Add($"{itemPath}.slug", $"le slug « {parsed.Draft.Slug} » est déjà pris par un autre élément {parsed.Draft.ContentType} ({parsed.Draft.Culture})");
            }

            plan.Add(parsed);
        }

        return plan;
    }

    private static ContentItemPlan? ParseItem(JsonElement item, string path, RecipeErrors errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, "doit être un objet");
            return null;
        }

        var before = errors.Messages.Count;
        var id = RecipeJson.RequiredString(item, "id", path, errors, IdPattern);
        var type = RecipeJson.RequiredString(item, "type", path, errors);
        var culture = RecipeJson.RequiredString(item, "culture", path, errors);
        var translationSet = RecipeJson.RequiredString(item, "translationSet", path, errors, IdPattern);
        var slug = RecipeJson.RequiredString(item, "slug", path, errors, IdPattern);
        var published = RecipeJson.OptionalBool(item, "published", true, path, errors);
        var author = RecipeJson.OptionalString(item, "author", path, errors);
        var publishedText = RecipeJson.OptionalString(item, "publishedUtc", path, errors);

        DateTime? publishedUtc = null;
        if (publishedText is not null)
        {
            if (DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsedDate))
            {
                publishedUtc = parsedDate.UtcDateTime;
            }
            else
            {
                errors.Add($"{path}.publishedUtc", $"« {publishedText} » n'est pas une date ISO 8601");
            }
        }

        if (type is not null && !ContentTypes.All.Contains(type))
        {
            errors.Add($"{path}.type", $"type inconnu « {type} » (attendu : {string.Join(", ", ContentTypes.All)})");
            type = null;
        }

        if (culture is not null && !SiteCultures.IsSupported(culture))
        {
            errors.Add($"{path}.culture", $"langue inconnue « {culture} » (attendu : fr, ar)");
        }

        IContent? content = null;
        if (!item.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.data", "doit être un objet avec le contenu de l'élément");
        }
        else if (type is not null)
        {
            // A draft may be unfinished (as the back office saves it), so that exporting and importing a site keeps its drafts.
            content = ReadContent(type, data, published ? ValidationLevel.Publish : ValidationLevel.Draft, $"{path}.data", errors);
        }

        if (errors.Messages.Count > before || content is null)
        {
            return null;
        }

        return new ContentItemPlan(new ContentDraft(id!, type!, culture!, translationSet!, slug!, content), published, author, publishedUtc);
    }

    private static IContent? ReadContent(string type, JsonElement data, ValidationLevel level, string path, RecipeErrors errors)
    {
        IContent content;
        try
        {
            content = ContentJson.Deserialize(type, data.GetRawText());
        }
        catch (JsonException exception)
        {
            errors.Add(path, RecipeJson.Describe(exception));
            return null;
        }

        var valid = true;
        ContentValidator.Validate(content, level, (field, message) =>
        {
            errors.Add($"{path}.{field}", message);
            valid = false;
        });
        return valid ? content : null;
    }

    public async Task ApplyAsync(object plan, RecipeContext context, CancellationToken cancellationToken)
    {
        var items = (List<ContentItemPlan>)plan;
        await RefuseSlugsTakenByOthersAsync(items, cancellationToken);
        foreach (var item in items)
        {
            var outcome = await contentManager.SaveAsync(item.Draft, item.Published, item.Author, item.PublishedUtc, cancellationToken);
            switch (outcome)
            {
                case SaveOutcome.Created: context.Created++; break;
                case SaveOutcome.Updated: context.Updated++; break;
                default: context.Unchanged++; break;
            }
        }
    }

    /// <summary>A slug already used by another item of the site would make two pages answer one URL.</summary>
    private async Task RefuseSlugsTakenByOthersAsync(List<ContentItemPlan> items, CancellationToken cancellationToken)
    {
        var slugs = items.Select(i => i.Draft.Slug).Distinct().ToList();
        var taken = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Latest && slugs.Contains(v.Slug))
            .Select(v => new { v.ContentItemId, v.ContentType, v.Culture, v.Slug })
            .ToListAsync(cancellationToken);
        var errors = new RecipeErrors();
        foreach (var item in items)
        {
            var owner = taken.FirstOrDefault(t => t.Slug == item.Draft.Slug && t.ContentType == item.Draft.ContentType
                && t.Culture == item.Draft.Culture && t.ContentItemId != item.Draft.ContentItemId);
            if (owner is not null)
            {
                errors.Add($"content › {item.Draft.ContentItemId}.slug", $"le slug « {item.Draft.Slug} » appartient déjà à « {owner.ContentItemId} »");
            }
        }

        if (errors.Any)
        {
            throw new RecipeValidationException(errors.Messages);
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var versions = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Latest)
            .OrderBy(v => v.TranslationSet).ThenBy(v => v.Culture).ThenBy(v => v.ContentItemId)
            .ToListAsync(cancellationToken);
        var items = new JsonArray();
        foreach (var version in versions)
        {
            var item = new JsonObject
            {
                ["id"] = version.ContentItemId,
                ["type"] = version.ContentType,
                ["culture"] = version.Culture,
                ["translationSet"] = version.TranslationSet,
                ["slug"] = version.Slug,
                ["published"] = version.Published,
                ["author"] = version.Author,
                ["publishedUtc"] = version.PublishedUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : null,
                ["data"] = JsonNode.Parse(version.Data),
            };
            items.Add(item);
        }

        return new JsonObject { ["name"] = Name, ["items"] = items };
    }

    private sealed record ContentItemPlan(ContentDraft Draft, bool Published, string? Author, DateTime? PublishedUtc);
}
