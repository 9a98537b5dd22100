using System.Security.Claims;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Exports;

/// <summary>
/// Who may take applicants' data out of the site (CSV, XLSX, ZIP of documents) and see the dashboard: those who
/// manage applications (Applications.Manage, on their assigned offers; ManageAll and administrators, on every
/// offer). Reviewers read and evaluate the files given to them but never export them.
/// </summary>
public static class ExportAccess
{
    public static bool MayExport(ClaimsPrincipal user) =>
        ApplicationAccess.SeesAll(user) || user.HasClaim(Permission.ClaimType, Permissions.ManageApplications.Name);
}
