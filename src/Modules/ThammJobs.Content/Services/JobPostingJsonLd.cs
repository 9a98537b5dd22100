using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>schema.org <c>JobPosting</c> for an offer page, so search engines list it with its deadline.</summary>
public sealed class JobPostingJsonLd(MarkdownRenderer markdown)
{
    // Escapes <, >, & and quotes (no "</script>" break-out) but keeps Arabic readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string Build(ContentItem<JobOffer> item, string absoluteUrl, string? hiringOrganization)
    {
        var offer = item.Content;
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = offer.Title,
            ["description"] = Description(offer),
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = hiringOrganization ?? "Expertise France", ["value"] = offer.Reference },
            ["datePosted"] = (item.Version.PublishedUtc ?? item.Version.CreatedUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["validThrough"] = OfferDeadlines.ToIsoWithOffset(offer.Deadline),
            ["employmentType"] = ContentVocabulary.EmploymentType(offer.ContractType),
            ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = hiringOrganization ?? "Expertise France", ["sameAs"] = "https://www.expertisefrance.fr" },
            ["jobLocation"] = new JsonObject
            {
                ["@type"] = "Place",
                ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressLocality"] = offer.City, ["addressCountry"] = offer.CountryCode },
            },
            ["inLanguage"] = item.Version.Culture,
            ["url"] = absoluteUrl,
        };

        if (offer.EducationCategory is { } category)
        {
            posting["educationRequirements"] = new JsonObject { ["@type"] = "EducationalOccupationalCredential", ["credentialCategory"] = category };
        }

        if (offer.MinYearsExperience is { } years)
        {
            posting["experienceRequirements"] = new JsonObject { ["@type"] = "OccupationalExperienceRequirements", ["monthsOfExperience"] = years * 12 };
        }

        if (offer.StartDate is { } start)
        {
            posting["jobStartDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return posting.ToJsonString(Options);
    }

    private string Description(JobOffer offer)
    {
        var sections = offer.Sections;
        var parts = new List<string?> { sections.Mission };
        parts.AddRange(sections.Responsibilities.Select(b => $"**{b.Title}**\n\n{b.Body}"));
        parts.Add(sections.Qualifications.Education);
        parts.Add(sections.Qualifications.Experience);
        // Rendered part by part: two adjacent Markdown lists joined as text would merge into one list.
        return string.Concat(parts.Select(markdown.RenderToString));
    }
}
