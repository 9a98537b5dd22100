using ThammJobs.Applications.Services;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications;

internal sealed class ApplicationsMenu : IAdminMenuProvider
{
    // Shown to everyone who may read applications (the page itself filters the offers).
    public IEnumerable<AdminMenuItem> Items =>
    [
        new("Candidatures", "الترشيحات", AdminApplicationUrls.Offers, Permissions.EvaluateApplications, 20),
        // Reviewers do not see the dashboard (Exports/ExportAccess); the page checks it again.
        new("Tableau de bord", "لوحة القيادة", c => AdminApplicationUrls.Dashboard(c), Permissions.ManageApplications, 21),
        new("Modèles d'e-mails", "نماذج الرسائل", c => Pages.Admin.Templates.IndexModel.Address(c), Permissions.ManageNotifications, 85),
    ];
}
