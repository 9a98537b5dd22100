using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Services;

public enum TranslationState
{
    /// <summary>This language has no version at all.</summary>
    Missing,

    /// <summary>The other language's text changed after this language's text was last brought in line.</summary>
    Outdated,

    UpToDate,
}

/// <summary>
/// Whether each language of a translation set is missing, outdated or up to date.
/// <para>
/// Definition: the versions of both languages are replayed in the order they were saved (their row id, which
/// grows with every save on both SQLite and PostgreSQL). A version <em>changes the text</em> of its language when
/// its translatable text (<see cref="SharedFields.TranslatableText"/>: shared fields such as the deadline or the
/// documents list do not count) differs from the previous version of that language. When a language's text
/// changes while that language is up to date, the other language becomes outdated; when an outdated or new
/// language's text changes, it is up to date (it was brought in line) and the other language stays as it was. So
/// editing the French makes the Arabic outdated until the Arabic is edited; saving both in one form leaves both
/// up to date; publishing, unpublishing or changing only shared fields changes nothing.
/// </para>
/// </summary>
public sealed class TranslationStatus(ThammJobsDbContext db)
{
    public async Task<IReadOnlyDictionary<string, TranslationState>> ForSetAsync(string translationSet, CancellationToken cancellationToken = default)
    {
        var versions = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.TranslationSet == translationSet)
            .OrderBy(v => v.Id)
            .Select(v => new SavedVersion(v.Id, v.Culture, v.ContentType, v.Data))
            .ToListAsync(cancellationToken);
        return Replay(versions);
    }

    /// <summary>The states of every set at once, for the content list.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, TranslationState>>> ForAllAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.Set<ContentItemVersion>().AsNoTracking()
            .OrderBy(v => v.Id)
            .Select(v => new { v.TranslationSet, Version = new SavedVersion(v.Id, v.Culture, v.ContentType, v.Data) })
            .ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.TranslationSet, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Replay(g.Select(v => v.Version).ToList()), StringComparer.Ordinal);
    }

    public static IReadOnlyDictionary<string, TranslationState> Replay(IReadOnlyList<SavedVersion> versionsInSaveOrder)
    {
        var states = SiteCultures.All.ToDictionary(c => c, _ => TranslationState.Missing, StringComparer.Ordinal);
        var lastText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var version in versionsInSaveOrder.OrderBy(v => v.Id))
        {
            if (!states.ContainsKey(version.Culture))
            {
                continue;
            }

            var text = SharedFields.TranslatableText(version.ContentType, version.Data);
            if (lastText.TryGetValue(version.Culture, out var previous) && previous == text)
            {
                continue;
            }

            lastText[version.Culture] = text;
            var other = SiteCultures.Other(version.Culture);
            // A first version (a new translation) or an outdated one brought in line outdates nothing.
            if (states[version.Culture] == TranslationState.UpToDate && states[other] == TranslationState.UpToDate)
            {
                states[other] = TranslationState.Outdated;
            }

            states[version.Culture] = TranslationState.UpToDate;
        }

        return states;
    }

    public sealed record SavedVersion(long Id, string Culture, string ContentType, string Data);
}
