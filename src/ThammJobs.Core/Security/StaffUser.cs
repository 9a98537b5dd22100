using Microsoft.AspNetCore.Identity;

namespace ThammJobs.Core.Security;

/// <summary>A member of staff (administrator, editor, recruiter, reviewer). Candidates have no account.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>"fr" or "ar": the back office and e-mails to this person use it.</summary>
    public string PreferredCulture { get; set; } = "fr";

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A role; its permissions are role claims of type <see cref="Permission.ClaimType"/>.</summary>
public sealed class StaffRole : IdentityRole
{
    public StaffRole()
    {
    }

    public StaffRole(string name)
        : base(name)
    {
    }
}
