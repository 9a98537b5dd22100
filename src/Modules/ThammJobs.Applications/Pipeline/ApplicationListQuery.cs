using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Pipeline;

/// <summary>What a row of the list or a card of the board shows: only these columns are read.</summary>
public sealed record ApplicationRow(
    Guid Id,
    string Number,
    string GivenName,
    string FamilyName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    string CountryOfResidence,
    int? ExperienceYears,
    LanguageLevel FrenchLevel,
    LanguageLevel ArabicLevel,
    ApplicationStage Stage,
    int StageVersion,
    int InterviewRound,
    bool DocumentsComplete,
    DateTime SubmittedUtc,
    int Documents,
    bool AwaitingScan)
{
    /// <summary>The checkbox value of bulk forms: id and the version the page showed.</summary>
    public string Key => $"{Id:N}.{StageVersion}";
}

/// <summary>
/// One offer's applications filtered as the recruiter asked. Reads projected rows (no entity tracking, no
/// documents loaded): with the (OfferSet, Stage) index a page of 400 applications is a few milliseconds of SQL.
/// </summary>
public sealed class ApplicationListQuery(ThammJobsDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Every filter but the stage (the stage counts are shown for the other filters).</summary>
    public IQueryable<Application> Filtered(string offerSet, ApplicationFilter filter, string? userId)
    {
        var query = db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet);
        if (filter.Documents == "complet")
        {
            query = query.Where(a => a.DocumentsComplete);
        }
        else if (filter.Documents == "incomplet")
        {
            query = query.Where(a => !a.DocumentsComplete);
        }

        // Levels are stored as names, so "at least B2" is the list of names from B2 up.
        if (filter.French is { } french)
        {
            var levels = AtLeast(french);
            query = query.Where(a => levels.Contains(a.FrenchLevel));
        }

        if (filter.Arabic is { } arabic)
        {
            var levels = AtLeast(arabic);
            query = query.Where(a => levels.Contains(a.ArabicLevel));
        }

        // Applications made before the form asked for it have no figure: a minimum leaves them out.
        if (filter.MinExperience is { } years)
        {
            query = query.Where(a => a.ExperienceYears != null && a.ExperienceYears >= years);
        }

        if (filter.Country is { Length: 2 } country)
        {
            var code = country.ToUpperInvariant();
            query = query.Where(a => a.CountryOfResidence == code);
        }

        if (filter.Reviewer == "moi" && userId is not null)
        {
            query = query.Where(a => db.Set<ApplicationReviewer>().Any(r => r.ApplicationId == a.Id && r.UserId == userId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text) && filter.Text.Length <= 200)
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            query = query.Where(a => a.Email.Contains(text) || a.Number.ToLower().Contains(text) ||
                (a.GivenName + " " + a.FamilyName).ToLower().Contains(text) || (a.FamilyName + " " + a.GivenName).ToLower().Contains(text) ||
                (a.GivenNameArabic != null && (a.GivenNameArabic + " " + a.FamilyNameArabic).Contains(text)));
        }

        return query;
    }

    public async Task<Dictionary<ApplicationStage, int>> CountByStageAsync(IQueryable<Application> filtered, CancellationToken cancellationToken) =>
        await filtered.GroupBy(a => a.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public static IQueryable<Application> WithStage(IQueryable<Application> query, ApplicationStage? stage) =>
        stage is { } s ? query.Where(a => a.Stage == s) : query;

    public static IQueryable<Application> Sorted(IQueryable<Application> query, string? sort) => sort switch
    {
        "ancien" => query.OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Number),
        "nom" => query.OrderBy(a => a.FamilyName).ThenBy(a => a.GivenName).ThenBy(a => a.Number),
        "pays" => query.OrderBy(a => a.CountryOfResidence).ThenBy(a => a.FamilyName).ThenBy(a => a.Number),
        // Most experienced first; not given last (a null sorts first in SQLite and last in PostgreSQL, hence the key).
        "experience" => query.OrderBy(a => a.ExperienceYears == null ? 1 : 0).ThenByDescending(a => a.ExperienceYears).ThenBy(a => a.Number),
        _ => query.OrderByDescending(a => a.SubmittedUtc).ThenByDescending(a => a.Number),
    };

    public static Task<List<ApplicationRow>> RowsAsync(IQueryable<Application> query, CancellationToken cancellationToken) =>
        query.Select(a => new ApplicationRow(
            a.Id, a.Number, a.GivenName, a.FamilyName, a.GivenNameArabic, a.FamilyNameArabic, a.CountryOfResidence, a.ExperienceYears,
            a.FrenchLevel, a.ArabicLevel, a.Stage, a.StageVersion, a.InterviewRound, a.DocumentsComplete, a.SubmittedUtc,
            a.Documents.Count(d => d.ScanStatus != ScanStatus.Infected),
            a.Documents.Any(d => d.ScanStatus == ScanStatus.AwaitingScan))).ToListAsync(cancellationToken);

    public static LanguageLevel[] AtLeast(LanguageLevel level) => Enum.GetValues<LanguageLevel>().Where(l => l >= level).ToArray();

    /// <summary>Countries present among the offer's applications, for the filter's list.</summary>
    public Task<List<string>> CountriesAsync(string offerSet, CancellationToken cancellationToken) =>
        db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet && a.CountryOfResidence != "")
            .Select(a => a.CountryOfResidence).Distinct().ToListAsync(cancellationToken);
}
