using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Editing;

/// <summary>
/// Every field of each content type, grouped as the form shows them. The repeated groups (responsibility
/// blocks, documents to provide) are drawn by the page itself; their place is marked by a field of kind Lines
/// named after the group, which the page recognises (<see cref="Responsibilities"/>, <see cref="Documents"/>).
/// </summary>
public static class EditorLayouts
{
    public const string Responsibilities = "sections.responsibilities";
    public const string Documents = "documents";

    /// <summary>The offer's banner: a select of the media library's images, filled by the page.</summary>
    public const string BannerMedia = "bannerMedia";

    public static readonly IReadOnlyList<string> TimeZones = ["Africa/Casablanca", "Europe/Paris"];

    public static IReadOnlyList<EditorSection> For(string contentType) => contentType switch
    {
        ContentTypes.JobOffer => Offer,
        ContentTypes.Project => Project,
        _ => Page,
    };

    private static readonly IReadOnlyList<EditorSection> Offer =
    [
        new("Editor.Section.Identity",
        [
            new("title", FieldKind.Text, Required: true),
            new("slug", FieldKind.Text),
            new("summary", FieldKind.LongText),
        ]),
        new("Editor.Section.Facts",
        [
            new("reference", FieldKind.Text, Shared: true, Required: true),
            new("project", FieldKind.Select, Shared: true),
            new("contractType", FieldKind.Select, Shared: true, Required: true, Options: ContentVocabulary.ContractTypes.ToList(), OptionLabels: "Contract"),
            new("deadline.local", FieldKind.DateTime, Shared: true, Required: true),
            new("deadline.timeZone", FieldKind.Select, Shared: true, Required: true, Options: TimeZones, OptionLabels: "Zone"),
            new("startDate", FieldKind.Date, Shared: true),
            new("countryCode", FieldKind.Text, Shared: true, Required: true),
            new("sectors", FieldKind.Checks, Shared: true, Options: ContentVocabulary.Sectors.ToList(), OptionLabels: "Sector"),
            new("requiredLanguages", FieldKind.Checks, Shared: true, Options: ContentVocabulary.Languages.ToList(), OptionLabels: "Language"),
            new("educationCategory", FieldKind.Select, Shared: true, Options: ContentVocabulary.EducationCategories.ToList(), OptionLabels: "Editor.Education"),
            new("minYearsExperience", FieldKind.Integer, Shared: true),
            new("responseDelayDays", FieldKind.Integer, Shared: true),
            new("externalApplyUrl", FieldKind.Url, Shared: true),
            new(BannerMedia, FieldKind.Select, Shared: true),
        ]),
        new("Editor.Section.Place",
        [
            new("country", FieldKind.Text, Required: true),
            new("city", FieldKind.Text, Required: true),
            new("supervisor", FieldKind.Text),
            new("workingLanguage", FieldKind.Text),
            new("educationLevel", FieldKind.Text),
            new("travel", FieldKind.Text),
            new("funders", FieldKind.Lines),
            new("partnerInstitutions", FieldKind.Lines),
        ]),
        new("Editor.Section.Texts",
        [
            new("sections.project", FieldKind.Markdown),
            new("sections.mission", FieldKind.Markdown),
            new("sections.responsibilitiesIntro", FieldKind.Markdown),
            new(Responsibilities, FieldKind.Lines),
            new("sections.qualifications.education", FieldKind.Markdown),
            new("sections.qualifications.experience", FieldKind.Markdown),
            new("sections.qualifications.technicalSkills", FieldKind.Markdown),
            new("sections.qualifications.personalQualities", FieldKind.Markdown),
            new("sections.complementaryInfo", FieldKind.Markdown),
        ]),
        new("Editor.Section.Applying",
        [
            new("sections.documentsIntro", FieldKind.Markdown),
            new(Documents, FieldKind.Lines, Shared: true),
            new("referencesRequired", FieldKind.Integer, Shared: true),
            new("sections.howToApply", FieldKind.Markdown),
            new("sections.selectionProcess", FieldKind.Markdown),
        ]),
    ];

    private static readonly IReadOnlyList<EditorSection> Project =
    [
        new("Editor.Section.Identity",
        [
            new("name", FieldKind.Text, Required: true),
            new("slug", FieldKind.Text),
            new("acronym", FieldKind.Text),
            new("fullName", FieldKind.Text),
            new("summary", FieldKind.LongText),
        ]),
        new("Editor.Section.Texts",
        [
            new("body", FieldKind.Markdown),
            new("location", FieldKind.Text),
            new("durationMonths", FieldKind.Integer, Shared: true),
            new("funders", FieldKind.Lines),
            new("partners", FieldKind.Lines),
        ]),
    ];

    private static readonly IReadOnlyList<EditorSection> Page =
    [
        new("Editor.Section.Identity",
        [
            new("title", FieldKind.Text, Required: true),
            new("slug", FieldKind.Text),
            new("summary", FieldKind.LongText),
        ]),
        new("Editor.Section.Texts",
        [
            new("body", FieldKind.Markdown, Required: true),
        ]),
    ];
}
