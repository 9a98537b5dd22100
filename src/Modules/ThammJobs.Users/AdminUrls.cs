namespace ThammJobs.Users;

/// <summary>Back-office addresses of the users module (culture first, like the public site).</summary>
public static class AdminUrls
{
    public static string Home(string culture) => $"/{culture}/admin";

    public static string Login(string culture) => $"/{culture}/admin/connexion";

    public static string AccessDenied(string culture) => $"/{culture}/admin/acces-refuse";

    public static string Users(string culture) => $"/{culture}/admin/utilisateurs";

    public static string ResetPassword(string culture) => $"/{culture}/admin/mot-de-passe";

    public static string LoginCode(string culture) => $"/{culture}/admin/connexion/code";

    public static string TwoFactor(string culture) => $"/{culture}/admin/securite";

    /// <summary>"fr" or "ar" from the first path segment, French otherwise.</summary>
    public static string CultureOf(string? path) =>
        path is { Length: >= 3 } && path.StartsWith("/ar", StringComparison.Ordinal) && (path.Length == 3 || path[3] == '/') ? "ar" : "fr";
}
