namespace ThammJobs.Content.Media;

/// <summary>Public URLs of media variants and the back-office pages of the library.</summary>
public static partial class MediaUrls
{
    public static string Variant(string id, string profile, MediaProfile settings) => $"/media/{id}/{profile}.{settings.Extension}";

    public static string Library(string culture) => $"/{culture}/admin/medias";

    public static string Edit(string culture, string id) => $"/{culture}/admin/medias/{id}";

    /// <summary>Whether a path is a variant URL (<c>/media/{32 hex}/{profile}.jpg|png</c>); the profile itself is checked when served.</summary>
    public static bool IsVariantPath(string path) => VariantPath().IsMatch(path);

    [System.Text.RegularExpressions.GeneratedRegex("^/media/[0-9a-f]{32}/[a-z][a-z0-9-]{0,30}\\.(jpg|png)$")]
    private static partial System.Text.RegularExpressions.Regex VariantPath();

    public static bool IsId(string? value) => value is { Length: 32 } && value.All(char.IsAsciiHexDigitLower);
}
