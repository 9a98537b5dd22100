namespace ThammJobs.Core.Security;

/// <summary>
/// Something a member of staff may do. Each module declares its own in a <c>Permissions.cs</c> and lists them
/// through an <see cref="IPermissionProvider"/>; pages require them with <c>[Authorize(Policy = …)]</c> where the
/// policy name is <see cref="Policy"/>.
/// </summary>
public sealed record Permission(string Name, string DescriptionFr, string DescriptionAr)
{
    public const string ClaimType = "permission";
    public const string PolicyPrefix = "Permission:";

    public string Policy => PolicyPrefix + Name;

    public string Description(string culture) => culture == "ar" ? DescriptionAr : DescriptionFr;
}

/// <summary>A module's permissions and which of the standard roles get them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> Declared { get; }

    /// <summary>Role name → permissions of this module that role holds when the roles are first created.</summary>
    IEnumerable<(string Role, Permission Permission)> Defaults { get; }
}

/// <summary>The four roles the site starts with; administrators may add others.</summary>
public static class StandardRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Recruiter = "Recruiter";
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Recruiter, Reviewer];
}
