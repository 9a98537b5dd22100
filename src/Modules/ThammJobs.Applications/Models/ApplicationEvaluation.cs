namespace ThammJobs.Applications.Models;

/// <summary>
/// One reviewer's scorecard for one application: a score from 1 to 5 per criterion (null: not assessed) and a
/// comment. One per reviewer and application (unique index); its author edits it while the application is open to
/// evaluation (<see cref="Evaluation.EvaluationRules.IsOpen"/>). The row exists only once submitted: what other
/// people may see of the others' scores depends on it (see <c>Evaluation/EvaluationService</c>).
/// </summary>
public sealed class ApplicationEvaluation
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string ReviewerId { get; set; }
    public string? ReviewerName { get; set; }

    public int? Education { get; set; }
    public int? Experience { get; set; }
    public int? Languages { get; set; }
    public int? TechnicalSkills { get; set; }
    public int? PersonalQualities { get; set; }

    /// <summary>Mean of the assessed criteria (null when none is), stored so the list sorts and filters in SQL.</summary>
    public double? Average { get; set; }

    public string? Comment { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
