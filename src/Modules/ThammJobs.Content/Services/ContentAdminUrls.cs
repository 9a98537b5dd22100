namespace ThammJobs.Content.Services;

/// <summary>Back-office addresses of the content module.</summary>
public static class ContentAdminUrls
{
    public static string Index(string culture) => $"/{culture}/admin/contenus";

    public static string Schedule(string culture, string contentItemId) => $"/{culture}/admin/contenus/{Uri.EscapeDataString(contentItemId)}/planifier";
}
