namespace ThammJobs.Content.Models;

/// <summary>A job posting, modelled on the THAMM+ seed posting: structured facts plus Markdown sections.</summary>
public sealed class JobOffer : IContent
{
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string Reference { get; set; } = "";

    /// <summary>Translation set of the <see cref="Project"/> the offer belongs to.</summary>
    public string? Project { get; set; }

    public string Country { get; set; } = "";
    public string CountryCode { get; set; } = "";
    public string City { get; set; } = "";
    public string ContractType { get; set; } = "";
    public OfferDeadline Deadline { get; set; } = new();
    public DateOnly? StartDate { get; set; }
    public string? Supervisor { get; set; }
    public string? WorkingLanguage { get; set; }
    public List<string> Funders { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    public List<string> PartnerInstitutions { get; set; } = [];
    public List<string> RequiredLanguages { get; set; } = [];
    public string? EducationLevel { get; set; }
    public string? EducationCategory { get; set; }
    public int? MinYearsExperience { get; set; }
    public string? Travel { get; set; }
    public OfferSections Sections { get; set; } = new();
    public List<RequiredDocument> Documents { get; set; } = [];
    public int ReferencesRequired { get; set; }

    /// <summary>Days after which a candidate without an answer is to be considered unsuccessful.</summary>
    public int? ResponseDelayDays { get; set; }

    public string? ExternalApplyUrl { get; set; }

    /// <summary>Id of a media library image shown at the top of the offer (the same image in both languages).</summary>
    public string? BannerMedia { get; set; }
}
