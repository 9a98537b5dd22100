namespace ThammJobs.Applications.Services;

/// <summary>Back-office addresses of the applications module.</summary>
public static class AdminApplicationUrls
{
    public static string Offers(string culture) => $"/{culture}/admin/candidatures";

    public static string Offer(string culture, string offerSet) => $"/{culture}/admin/candidatures/offre/{Uri.EscapeDataString(offerSet)}";

    public static string Board(string culture, string offerSet) => Offer(culture, offerSet) + "/tableau";

    public static string Agenda(string culture, string offerSet) => Offer(culture, offerSet) + "/entretiens";

    public static string Reasons(string culture) => $"/{culture}/admin/candidatures/motifs";

    public static string Application(string culture, Guid id) => $"/{culture}/admin/candidatures/{id:N}";
}
