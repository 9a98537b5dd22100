using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Editing;

/// <summary>A translation set as the editor sees it: its type and, per language, the latest and the published version.</summary>
public sealed class EditedSet(string translationSet, string contentType)
{
    public string TranslationSet { get; } = translationSet;

    public string ContentType { get; } = contentType;

    public Dictionary<string, ContentItemVersion> Latest { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ContentItemVersion> Published { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TranslationState> Translation { get; set; } = new Dictionary<string, TranslationState>();

    public bool IsNew => Latest.Count == 0;

    /// <summary>Item ids follow the recipes' pattern: the set and the language (<c>offer-…-fr</c>).</summary>
    public string ItemId(string culture) => Latest.TryGetValue(culture, out var v) ? v.ContentItemId : $"{TranslationSet}-{culture}";

    public static string NewSetId(string contentType)
    {
        var prefix = contentType switch
        {
            ContentTypes.JobOffer => "offer",
            ContentTypes.Project => "project",
            _ => "page",
        };
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var random = System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 10);
        return $"{prefix}-{random}";
    }
}
