using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Exports;

/// <summary>A reference as exported: flattened into one cell per application.</summary>
public sealed record ExportReference(string FullName, string Organisation, string Relationship, string Email, string Phone);

/// <summary>What one exported line holds; read by projection (no tracking, no document rows loaded).</summary>
public sealed record ExportRow(
    string Number,
    ApplicationStage Stage,
    int InterviewRound,
    DateTime SubmittedUtc,
    DateTime StageChangedUtc,
    string FamilyName,
    string GivenName,
    string? FamilyNameArabic,
    string? GivenNameArabic,
    string Email,
    string Phone,
    string CountryOfResidence,
    string Nationality,
    int? ExperienceYears,
    LanguageLevel FrenchLevel,
    LanguageLevel ArabicLevel,
    bool DocumentsComplete,
    string Culture,
    int Documents,
    List<ExportReference> References)
{
    /// <summary>
    /// The rows of <paramref name="query"/> (already filtered and sorted), read as a stream: one SQL query with the
    /// references joined, so 400 applications are one round trip and never all tracked at once.
    /// </summary>
    public static IAsyncEnumerable<ExportRow> Read(IQueryable<Application> query) =>
        query.Select(a => new ExportRow(
            a.Number, a.Stage, a.InterviewRound, a.SubmittedUtc, a.StageChangedUtc, a.FamilyName, a.GivenName,
            a.FamilyNameArabic, a.GivenNameArabic, a.Email, a.Phone, a.CountryOfResidence, a.Nationality, a.ExperienceYears,
            a.FrenchLevel, a.ArabicLevel, a.DocumentsComplete, a.Culture,
            a.Documents.Count(d => d.ScanStatus != ScanStatus.Infected),
            a.References.OrderBy(r => r.Position).Select(r => new ExportReference(r.FullName, r.Organisation, r.Relationship, r.Email, r.Phone)).ToList()))
            .AsAsyncEnumerable();
}
