using ThammJobs.Core.Security;

namespace ThammJobs.Applications;

/// <summary>Permissions on candidates' applications (the recruitment back office requires them).</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>Applications of the offers assigned to the person; with <see cref="ManageAllApplications"/>, every offer's.</summary>
    public static readonly Permission ManageApplications = new("Applications.Manage", "Traiter les candidatures des offres confiées", "معالجة ترشيحات العروض المسندة");
    public static readonly Permission ManageAllApplications = new("Applications.ManageAll", "Traiter les candidatures de toutes les offres", "معالجة ترشيحات جميع العروض");
    public static readonly Permission EvaluateApplications = new("Applications.Evaluate", "Lire et évaluer les candidatures confiées", "قراءة الترشيحات المسندة وتقييمها");


    /// <summary>The candidates' e-mail templates (<c>/admin/modeles</c>); administrators only by default.</summary>
    public static readonly Permission ManageNotifications = new("Notifications.Manage", "Modifier les modèles d'e-mails aux candidats", "تعديل نماذج الرسائل الموجهة إلى المترشحين");

    public IEnumerable<Permission> Declared => [ManageApplications, ManageAllApplications, EvaluateApplications, ManageNotifications];

    public IEnumerable<(string Role, Permission Permission)> Defaults =>
    [
        (StandardRoles.Recruiter, ManageApplications),
        (StandardRoles.Recruiter, EvaluateApplications),
        (StandardRoles.Reviewer, EvaluateApplications),
    ];
}
