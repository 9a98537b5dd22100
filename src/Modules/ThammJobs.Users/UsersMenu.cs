using ThammJobs.Core.Security;

namespace ThammJobs.Users;

internal sealed class UsersMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> Items =>
    [
        new("Accueil", "الرئيسية", AdminUrls.Home, null, 0),
        new("Comptes", "الحسابات", AdminUrls.Users, Permissions.ManageUsers, 90),
        new("Connexion en deux étapes", "الدخول على مرحلتين", AdminUrls.TwoFactor, null, 95),
    ];
}
