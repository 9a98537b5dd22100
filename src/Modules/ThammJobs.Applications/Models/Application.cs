namespace ThammJobs.Applications.Models;

/// <summary>
/// One candidate's application to one offer. The offer is identified by its translation set (the French and
/// Arabic versions are the same job); <see cref="Culture"/> is the language the candidate applied in and is
/// written to in. Personal fields are cleared when the candidate erases their data (<see cref="ErasedUtc"/>).
/// </summary>
public sealed class Application
{
    public Guid Id { get; set; }

    /// <summary>Receipt number shown to the candidate, e.g. <c>THAMM-2026-000123</c>.</summary>
    public required string Number { get; set; }

    /// <summary>Chosen by the form when it is shown; a unique index makes double submissions harmless.</summary>
    public Guid SubmissionKey { get; set; }

    public required string OfferSet { get; set; }
    public required string OfferItemId { get; set; }
    public required string OfferTitle { get; set; }
    public required string Culture { get; set; }
    public ApplicationStage Stage { get; set; }

    /// <summary>
    /// Bumped by every stage change (a concurrency token): a form carries the version it was shown with, so a
    /// repeated post is recognised and a move based on a stale page is refused (see <c>Pipeline/TransitionService</c>).
    /// </summary>
    public int StageVersion { get; set; }

    public DateTime StageChangedUtc { get; set; }

    /// <summary>1 for the first interview, 2 for the second…; 0 before any interview.</summary>
    public int InterviewRound { get; set; }

    /// <summary>
    /// Whether the documents and references the offer asks for are all there, computed on receipt (and on each
    /// update); kept apart from <see cref="Stage"/> so the list can filter on it at any later stage.
    /// </summary>
    public bool DocumentsComplete { get; set; }

    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string? GivenNameArabic { get; set; }
    public string? FamilyNameArabic { get; set; }

    /// <summary>Lower-cased; unique per offer among live applications.</summary>
    public required string Email { get; set; }

    /// <summary>E.164, e.g. <c>+212612345678</c>.</summary>
    public required string Phone { get; set; }

    public required string CountryOfResidence { get; set; }
    public required string Nationality { get; set; }
    /// <summary>
    /// Years of professional experience the candidate declares (0–60), the basis of the recruiters' experience filter;
    /// null for applications made before the form asked for it.
    /// </summary>
    public int? ExperienceYears { get; set; }

    public LanguageLevel FrenchLevel { get; set; }
    public LanguageLevel ArabicLevel { get; set; }
    public string? Message { get; set; }
    public DateTime ConsentUtc { get; set; }
    public bool TalentPool { get; set; }

    public DateTime SubmittedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? WithdrawnUtc { get; set; }
    public DateTime? ErasedUtc { get; set; }

    /// <summary>False once withdrawn or erased: only live applications count as "already applied".</summary>
    public bool Live { get; set; } = true;

    public List<ApplicationReference> References { get; set; } = [];
    public List<ApplicationDocument> Documents { get; set; } = [];
}

public enum ApplicationStage
{
    Received,
    Complete,
    Incomplete,
    Screening,
    Shortlisted,
    Interview,
    Selected,
    NotSelected,
    Withdrawn,
    Erased,
}

/// <summary>CEFR levels, plus mother tongue and none.</summary>
public enum LanguageLevel
{
    None,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}
