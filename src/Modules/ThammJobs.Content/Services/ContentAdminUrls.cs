namespace ThammJobs.Content.Services;

/// <summary>Back-office addresses of the content module.</summary>
public static class ContentAdminUrls
{
    public static string Index(string culture) => $"/{culture}/admin/contenus";

    public static string New(string culture, string contentType) => $"/{culture}/admin/contenus/nouveau?type={contentType}";

    /// <summary>The editor of a translation set (both languages on one page).</summary>
    public static string Edit(string culture, string translationSet) => $"/{culture}/admin/contenus/{translationSet}/modifier";
    public static string History(string culture, string contentItemId) => $"/{culture}/admin/contenus/{Uri.EscapeDataString(contentItemId)}/historique";

    public static string RecipeExport(string culture) => $"/{culture}/admin/recettes";
    public static string Schedule(string culture, string contentItemId) => $"/{culture}/admin/contenus/{Uri.EscapeDataString(contentItemId)}/planifier";
}
