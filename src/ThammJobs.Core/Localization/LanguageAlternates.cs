namespace ThammJobs.Core.Localization;

/// <summary>
/// Per request: the URL of the page being shown in each language. A page fills it; the layout reads it
/// for the language switcher and the <c>hreflang</c> links. A language without an entry falls back to its home.
/// </summary>
public sealed class LanguageAlternates
{
    private readonly Dictionary<string, string> urls = new(StringComparer.Ordinal);

    public void Set(string culture, string url) => urls[culture] = url;

    public string? Find(string culture) => urls.GetValueOrDefault(culture);

    public IReadOnlyDictionary<string, string> All => urls;
}
