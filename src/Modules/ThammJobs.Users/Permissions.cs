using ThammJobs.Core.Security;

namespace ThammJobs.Users;

/// <summary>Permissions of the users module.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("Users.Manage", "Gérer les comptes et les rôles", "إدارة الحسابات والأدوار");
    public static readonly Permission ViewAuditTrail = new("Audit.View", "Consulter le journal d'audit", "الاطلاع على سجل التدقيق");

    public IEnumerable<Permission> Declared => [ManageUsers, ViewAuditTrail];

    // Administrators hold every permission by rule (see PermissionHandler); nobody else gets these by default.
    public IEnumerable<(string Role, Permission Permission)> Defaults => [];
}
