namespace ThammJobs.Content.Models;

/// <summary>The Markdown sections of a posting, in the order the seed posting gives them.</summary>
public sealed class OfferSections
{
    public string? Project { get; set; }
    public string? Mission { get; set; }
    public string? ResponsibilitiesIntro { get; set; }
    public List<ResponsibilityBlock> Responsibilities { get; set; } = [];
    public Qualifications Qualifications { get; set; } = new();
    public string? ComplementaryInfo { get; set; }
    public string? DocumentsIntro { get; set; }
    public string? HowToApply { get; set; }
    public string? SelectionProcess { get; set; }
}

/// <summary>A block of responsibilities with its approximate share of working time.</summary>
public sealed class ResponsibilityBlock
{
    public string Title { get; set; } = "";
    public int? Share { get; set; }
    public string Body { get; set; } = "";
}

public sealed class Qualifications
{
    public string? Education { get; set; }
    public string? Experience { get; set; }
    public string? TechnicalSkills { get; set; }
    public string? PersonalQualities { get; set; }
}
