namespace ThammJobs.Audit.Services;

public static class AuditUrls
{
    public static string Journal(string culture) => $"/{culture}/admin/journal";
}
