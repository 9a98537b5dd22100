namespace ThammJobs.Content.Services;

/// <summary>The public URL scheme, in one place. Culture first, as Orchard users asked for.</summary>
public static class ContentUrls
{
    public static string Home(string culture) => $"/{culture}";

    public static string Offers(string culture, bool closed = false) => closed ? $"/{culture}/offres?status=closed" : $"/{culture}/offres";

    public static string Offer(string culture, string slug) => $"/{culture}/offres/{slug}";

    /// <summary>The offer's application form (served by the applications module).</summary>
    public static string Apply(string culture, string slug) => $"/{culture}/offres/{slug}/postuler";

    public static string Project(string culture, string slug) => $"/{culture}/projets/{slug}";

    public static string Page(string culture, string slug) => $"/{culture}/pages/{slug}";

    /// <summary>A private preview link (see PreviewLinks); not under /admin: it works without signing in.</summary>
    public static string Preview(string culture, string token) => $"/{culture}/apercu/{token}";

    public static string For(string contentType, string culture, string slug) => contentType switch
    {
        Models.ContentTypes.JobOffer => Offer(culture, slug),
        Models.ContentTypes.Project => Project(culture, slug),
        _ => Page(culture, slug),
    };
}
