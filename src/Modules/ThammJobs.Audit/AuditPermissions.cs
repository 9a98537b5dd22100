using ThammJobs.Core.Security;

namespace ThammJobs.Audit;

/// <summary>Permissions this module declares itself (<c>Audit.View</c> is the users module's).</summary>
internal sealed class AuditPermissions : IPermissionProvider
{
    /// <summary>The record of the background rules' runs (<c>/admin/regles</c>); administrators only by default.</summary>
    public static readonly Permission ViewRuleRuns = new("Rules.View", "Consulter les exécutions des règles automatiques", "الاطلاع على عمليات تنفيذ القواعد التلقائية");

    public IEnumerable<Permission> Declared => [ViewRuleRuns];

    public IEnumerable<(string Role, Permission Permission)> Defaults => [];
}
