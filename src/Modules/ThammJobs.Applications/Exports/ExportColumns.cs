using Microsoft.Extensions.Localization;
using NodaTime;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Exports;

/// <summary>
/// The exported columns, in order, with headers and values in the recruiter's language. Values are strings,
/// integers or local date-times (Moroccan time, as the site shows them) so that XLSX gets typed cells and CSV
/// formats them. A score column belongs here once evaluations exist in the model.
/// </summary>
public sealed class ExportColumns(IStringLocalizer<ApplicationStrings> strings, string culture)
{
    public sealed record Column(string Header, Func<ExportRow, object?> Value, double Width);

    public string Culture => culture;

    public IReadOnlyList<Column> All { get; } = Build(strings, culture);

    private static List<Column> Build(IStringLocalizer<ApplicationStrings> t, string culture)
    {
        string Level(LanguageLevel level) => t["Level." + level].Value;
        return
        [
            new(t["Export.Number"].Value, r => r.Number, 20),
            new(t["Admin.Stage"].Value, r => r.Stage == ApplicationStage.Interview ? t["Admin.InterviewRound", r.InterviewRound].Value : t["Stage." + r.Stage].Value, 20),
            new(t["Export.Submitted"].Value, r => Local(r.SubmittedUtc), 18),
            new(t["Export.StageChanged"].Value, r => Local(r.StageChangedUtc), 18),
            new(t["Field.FamilyName"].Value, r => r.FamilyName, 18),
            new(t["Field.GivenName"].Value, r => r.GivenName, 18),
            new(t["Field.FamilyNameArabic"].Value, r => r.FamilyNameArabic, 18),
            new(t["Field.GivenNameArabic"].Value, r => r.GivenNameArabic, 18),
            new(t["Field.Email"].Value, r => r.Email, 30),
            new(t["Field.Phone"].Value, r => r.Phone, 16),
            new(t["Field.CountryOfResidence"].Value, r => CountryName(r.CountryOfResidence, culture), 18),
            new(t["Field.Nationality"].Value, r => CountryName(r.Nationality, culture), 18),
            new(t["Field.ExperienceYears"].Value, r => r.ExperienceYears, 12),
            new(t["Field.FrenchLevel"].Value, r => Level(r.FrenchLevel), 20),
            new(t["Field.ArabicLevel"].Value, r => Level(r.ArabicLevel), 20),
            new(t["Admin.Completeness"].Value, r => r.DocumentsComplete ? t["Admin.DocumentsComplete"].Value : t["Admin.DocumentsIncomplete"].Value, 12),
            new(t["Export.Documents"].Value, r => r.Documents, 10),
            new(t["Export.References"].Value, r => string.Join(" ; ", r.References.Select(x =>
                string.Join(" — ", new[] { x.FullName, x.Organisation, x.Relationship, x.Email, x.Phone }.Where(p => !string.IsNullOrWhiteSpace(p))))), 60),
            new(t["Export.Language"].Value, r => r.Culture == "ar" ? "العربية" : "Français", 12),
        ];
    }

    /// <summary>A UTC instant as the local date and time of the site (Morocco).</summary>
    public static DateTime Local(DateTime utc) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(SiteTime.Zone).ToDateTimeUnspecified();

    private static string CountryName(string code, string culture) => code.Length == 2 ? Countries.Name(code, culture) : code;
}
