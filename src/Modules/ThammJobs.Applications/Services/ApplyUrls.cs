namespace ThammJobs.Applications.Services;

/// <summary>Public addresses of the applications module.</summary>
public static class ApplyUrls
{
    public static string Form(string culture, string offerSlug) => Content.Services.ContentUrls.Apply(culture, offerSlug);

    public static string LostLink(string culture) => $"/{culture}/candidature";
}
