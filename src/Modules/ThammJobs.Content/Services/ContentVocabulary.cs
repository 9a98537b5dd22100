namespace ThammJobs.Content.Services;

/// <summary>The closed lists content refers to by code; labels live in the localisation resources.</summary>
public static class ContentVocabulary
{
    public static readonly IReadOnlySet<string> ContractTypes = new HashSet<string>(StringComparer.Ordinal) { "CDI", "CDD", "Consultance", "Stage", "Volontariat" };

    public static readonly IReadOnlySet<string> Sectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "agriculture", "hospitality", "tourism", "health", "construction", "industry", "services", "public-policy",
    };

    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal) { "fr", "ar", "en", "es", "amz" };

    public static readonly IReadOnlySet<string> DocumentKinds = new HashSet<string>(StringComparer.Ordinal) { "cv", "cover-letter", "diplomas", "id", "other" };

    /// <summary>File types a document kind may accept (the upload pipeline recognises them by signature).</summary>
    public static readonly IReadOnlySet<string> FileTypes = new HashSet<string>(StringComparer.Ordinal) { "pdf", "docx", "odt", "jpeg", "png" };

    public static readonly IReadOnlySet<string> EducationCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        "high school", "associate degree", "bachelor degree", "postgraduate degree", "professional certificate",
    };

    /// <summary>schema.org <c>employmentType</c> for each contract.</summary>
    public static string EmploymentType(string contractType) => contractType switch
    {
        "CDI" => "FULL_TIME",
        "CDD" => "TEMPORARY",
        "Consultance" => "CONTRACTOR",
        "Stage" => "INTERN",
        "Volontariat" => "VOLUNTEER",
        _ => "OTHER",
    };
}
