using ThammJobs.Content.Models;

namespace ThammJobs.Applications.Evaluation;

/// <summary>The five families of criteria every offer states in its profile (education, experience, languages,
/// technical skills, personal qualities), in the posting's order.</summary>
public enum Criterion
{
    Education,
    Experience,
    Languages,
    TechnicalSkills,
    PersonalQualities,
}

/// <summary>A criterion as the scorecard shows it: the family, and what this offer asks for under it.</summary>
public sealed record CriterionGuidance(Criterion Criterion, IReadOnlyList<string> Items);

public static class EvaluationCriteria
{
    public static readonly Criterion[] All = Enum.GetValues<Criterion>();

    /// <summary>
    /// The offer's own words under each criterion (its profile fields and the lines of its qualification sections),
    /// so a reviewer scores against the posting rather than from memory. Markdown bullets become separate lines.
    /// </summary>
    public static IReadOnlyList<CriterionGuidance> From(JobOffer? offer) =>
        All.Select(c => new CriterionGuidance(c, offer is null ? [] : Items(offer, c))).ToList();

    private static List<string> Items(JobOffer offer, Criterion criterion)
    {
        var q = offer.Sections.Qualifications;
        IEnumerable<string?> raw = criterion switch
        {
            Criterion.Education => [Join(offer.EducationLevel, offer.EducationCategory), .. Lines(q.Education).Cast<string?>()],
            Criterion.Experience => [offer.MinYearsExperience is { } years ? $"≥ {years}" : null, .. Lines(q.Experience).Cast<string?>()],
            Criterion.Languages => [offer.RequiredLanguages.Count > 0 ? string.Join(", ", offer.RequiredLanguages) : null, offer.WorkingLanguage],
            Criterion.TechnicalSkills => Lines(q.TechnicalSkills).Cast<string?>(),
            Criterion.PersonalQualities => Lines(q.PersonalQualities).Cast<string?>(),
            _ => [],
        };
        return raw.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct().Take(12).ToList();
    }

    private static string? Join(string? a, string? b) =>
        string.Join(" — ", new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } joined ? joined : null;

    // Plain lines of a Markdown section: list markers and emphasis dropped, empty lines skipped.
    private static IEnumerable<string> Lines(string? markdown) =>
        (markdown ?? "").Split('\n')
            .Select(l => l.Trim().TrimStart('-', '*', '+', '•').Trim().Replace("**", "", StringComparison.Ordinal))
            .Where(l => l.Length > 0);
}
