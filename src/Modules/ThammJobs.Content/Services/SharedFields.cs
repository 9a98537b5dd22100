using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>
/// The fields of a content that do not depend on the language (deadline, contract, documents list…). The
/// editor shows them once and writes them into both translations; what is left is the text a translator
/// translates, which the translation status compares.
/// </summary>
public static class SharedFields
{
    private static readonly string[] OfferPaths =
    [
        "reference", "project", "countryCode", "contractType", "deadline", "startDate", "sectors", "requiredLanguages",
        "educationCategory", "minYearsExperience", "documents", "referencesRequired", "responseDelayDays", "externalApplyUrl",
        "bannerMedia",
    ];

    /// <summary>Whether a field path (<c>deadline.local</c>, <c>documents[2].kind</c>) is one of the shared fields.</summary>
    public static bool IsShared(string contentType, string path)
    {
        string[] roots = contentType switch
        {
            ContentTypes.JobOffer => OfferPaths,
            ContentTypes.Project => ["durationMonths"],
            _ => [],
        };
        return roots.Any(root => path == root || path.StartsWith(root + ".", StringComparison.Ordinal) || path.StartsWith(root + "[", StringComparison.Ordinal));
    }

    /// <summary>The content without its shared fields, as JSON: equal texts mean nothing to translate again.</summary>
    public static string TranslatableText(string contentType, string json)
    {
        var content = ContentJson.Deserialize(contentType, json);
        switch (content)
        {
            case JobOffer offer:
                offer.Reference = "";
                offer.Project = null;
                offer.CountryCode = "";
                offer.ContractType = "";
                offer.Deadline = new OfferDeadline();
                offer.StartDate = null;
                offer.Sectors = [];
                offer.RequiredLanguages = [];
                offer.EducationCategory = null;
                offer.MinYearsExperience = null;
                offer.Documents = [];
                offer.ReferencesRequired = 0;
                offer.ResponseDelayDays = null;
                offer.ExternalApplyUrl = null;
                offer.BannerMedia = null;
                break;
            case Project project:
                project.DurationMonths = null;
                break;
        }

        return ContentJson.Serialize(content);
    }
}
