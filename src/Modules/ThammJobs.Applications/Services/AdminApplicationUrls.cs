namespace ThammJobs.Applications.Services;

/// <summary>Back-office addresses of the applications module.</summary>
public static class AdminApplicationUrls
{
    public static string Offers(string culture) => $"/{culture}/admin/candidatures";

    public static string Offer(string culture, string offerSet) => $"/{culture}/admin/candidatures/offre/{Uri.EscapeDataString(offerSet)}";

    public static string Board(string culture, string offerSet) => Offer(culture, offerSet) + "/tableau";

    /// <summary>CSV, XLSX or ZIP of an offer's applicants (<c>?format=</c> plus the list's filters).</summary>
    public static string Export(string culture, string offerSet) => Offer(culture, offerSet) + "/export";

    /// <summary>The dashboard, over every visible offer or one (<c>?offre=</c>).</summary>
    public static string Dashboard(string culture, string? offerSet = null) =>
        $"/{culture}/admin/tableau-de-bord" + (offerSet is null ? "" : "?offre=" + Uri.EscapeDataString(offerSet));
    public static string Agenda(string culture, string offerSet) => Offer(culture, offerSet) + "/entretiens";

    public static string Reasons(string culture) => $"/{culture}/admin/candidatures/motifs";

    public static string Application(string culture, Guid id) => $"/{culture}/admin/candidatures/{id:N}";
}
