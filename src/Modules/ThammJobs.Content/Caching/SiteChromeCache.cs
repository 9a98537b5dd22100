using System.Collections.Concurrent;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Caching;

/// <summary>
/// The layout's site name, tagline and links, per language, kept until the next content or settings change
/// (<see cref="ContentGeneration"/>): every public page shows them, and they change only with content.
/// </summary>
public sealed class SiteChromeCache(ContentGeneration generation)
{
    private readonly ConcurrentDictionary<string, (long Generation, SiteChrome Chrome)> byCulture = new(StringComparer.Ordinal);

    public async Task<SiteChrome> GetAsync(string culture, Func<Task<SiteChrome>> build)
    {
        // The generation is read before building: a change committed meanwhile leaves this entry already outdated.
        var current = generation.Current;
        if (byCulture.TryGetValue(culture, out var kept) && kept.Generation == current)
        {
            return kept.Chrome;
        }

        var chrome = await build();
        byCulture[culture] = (current, chrome);
        return chrome;
    }
}
