using NodaTime;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Dashboard;

/// <summary>What the dashboard shows, for one offer or for every offer the person may open.</summary>
public sealed record DashboardFigures(
    int Total,
    int Complete,
    IReadOnlyList<(LocalDate Day, int Count)> PerDay,
    IReadOnlyList<(ApplicationStage Stage, int Count)> Funnel,
    double? MedianDaysDeadlineToShortlist,
    int Shortlisted,
    IReadOnlyDictionary<LanguageLevel, int> FrenchLevels,
    IReadOnlyDictionary<LanguageLevel, int> ArabicLevels,
    IReadOnlyDictionary<string, int> Cultures,
    bool PeriodShortened)
{
    /// <summary>Complete applications out of all, 0 to 1 (0 when there are none).</summary>
    public double CompleteShare => Total == 0 ? 0 : (double)Complete / Total;

    /// <summary>The stages a successful application passes through, in order: the funnel's steps.</summary>
    public static readonly ApplicationStage[] FunnelStages =
    [
        ApplicationStage.Received, ApplicationStage.Complete, ApplicationStage.Screening,
        ApplicationStage.Shortlisted, ApplicationStage.Interview, ApplicationStage.Selected,
    ];
}
