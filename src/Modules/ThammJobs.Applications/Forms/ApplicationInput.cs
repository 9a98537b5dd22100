namespace ThammJobs.Applications.Forms;

/// <summary>What the application form posts (files aside). Strings stay as typed so a page shown again keeps them.</summary>
public sealed class ApplicationInput
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? GivenNameArabic { get; set; }
    public string? FamilyNameArabic { get; set; }
    public string? Email { get; set; }
    public string? EmailConfirmation { get; set; }
    public string? Phone { get; set; }
    public string? CountryOfResidence { get; set; }
    public string? Nationality { get; set; }
    public string? ExperienceYears { get; set; }
    public string? FrenchLevel { get; set; }
    public string? ArabicLevel { get; set; }
    public string? Message { get; set; }
    public bool Consent { get; set; }
    public bool TalentPool { get; set; }
    public List<ReferenceInput> References { get; set; } = [];

    /// <summary>Chosen when the form is first shown; the same key twice is the same submission.</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>Handle on the files already accepted for this form.</summary>
    public string? DraftToken { get; set; }

    /// <summary>Accepted files the candidate asked to remove.</summary>
    public List<Guid> Remove { get; set; } = [];

    /// <summary>Set when the form updates an application: the candidate's status link token.</summary>
    public string? UpdateToken { get; set; }

    /// <summary>Files of the application being updated that go when the update is saved.</summary>
    public List<Guid> RemoveExisting { get; set; } = [];
}

public sealed class ReferenceInput
{
    public string? FullName { get; set; }
    public string? Organisation { get; set; }
    public string? Relationship { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
