using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>What an editor or a recipe asks to store for one content item in one language.</summary>
public sealed record ContentDraft(
    string ContentItemId,
    string ContentType,
    string Culture,
    string TranslationSet,
    string Slug,
    IContent Content);
