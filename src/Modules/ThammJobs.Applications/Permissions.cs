using ThammJobs.Core.Security;

namespace ThammJobs.Applications;

/// <summary>Permissions on candidates' applications (the recruitment back office requires them).</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>Applications of the offers assigned to the person; with <see cref="ManageAllApplications"/>, every offer's.</summary>
    public static readonly Permission ManageApplications = new("Applications.Manage", "Traiter les candidatures des offres confiées", "معالجة ترشيحات العروض المسندة");
    public static readonly Permission ManageAllApplications = new("Applications.ManageAll", "Traiter les candidatures de toutes les offres", "معالجة ترشيحات جميع العروض");
    public static readonly Permission EvaluateApplications = new("Applications.Evaluate", "Lire et évaluer les candidatures confiées", "قراءة الترشيحات المسندة وتقييمها");

    public IEnumerable<Permission> Declared => [ManageApplications, ManageAllApplications, EvaluateApplications];

    public IEnumerable<(string Role, Permission Permission)> Defaults =>
    [
        (StandardRoles.Recruiter, ManageApplications),
        (StandardRoles.Recruiter, EvaluateApplications),
        (StandardRoles.Reviewer, EvaluateApplications),
    ];
}
