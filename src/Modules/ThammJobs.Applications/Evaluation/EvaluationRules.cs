using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Evaluation;

public static class EvaluationRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int CommentMaxLength = 4000;

    /// <summary>
    /// Scorecards are written and edited while the application is being selected (complete, screening, shortlist,
    /// interview). Once decided, withdrawn or erased they are frozen: the decision was taken on them.
    /// </summary>
    public static bool IsOpen(ApplicationStage stage) =>
        stage is ApplicationStage.Complete or ApplicationStage.Screening or ApplicationStage.Shortlisted or ApplicationStage.Interview;

    public static int? Score(ApplicationEvaluation e, Criterion c) => c switch
    {
        Criterion.Education => e.Education,
        Criterion.Experience => e.Experience,
        Criterion.Languages => e.Languages,
        Criterion.TechnicalSkills => e.TechnicalSkills,
        Criterion.PersonalQualities => e.PersonalQualities,
        _ => null,
    };

    public static void SetScore(ApplicationEvaluation e, Criterion c, int? score)
    {
        switch (c)
        {
            case Criterion.Education: e.Education = score; break;
            case Criterion.Experience: e.Experience = score; break;
            case Criterion.Languages: e.Languages = score; break;
            case Criterion.TechnicalSkills: e.TechnicalSkills = score; break;
            case Criterion.PersonalQualities: e.PersonalQualities = score; break;
        }
    }

    /// <summary>Mean of the assessed criteria, null when none is.</summary>
    public static double? AverageOf(ApplicationEvaluation e)
    {
        var scores = EvaluationCriteria.All.Select(c => Score(e, c)).Where(s => s is not null).Select(s => (double)s!.Value).ToList();
        return scores.Count == 0 ? null : scores.Average();
    }
}

/// <summary>Mean, lowest, highest and population standard deviation of a set of scores.</summary>
public sealed record ScoreSpread(int Count, double? Mean, double? Min, double? Max, double? StandardDeviation)
{
    public static ScoreSpread Of(IEnumerable<double?> values)
    {
        var v = values.Where(x => x is not null).Select(x => x!.Value).ToList();
        if (v.Count == 0)
        {
            return new ScoreSpread(0, null, null, null, null);
        }

        var mean = v.Average();
        var sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Count);
        return new ScoreSpread(v.Count, mean, v.Min(), v.Max(), sd);
    }
}

/// <summary>Every scorecard of an application summed up: per criterion and overall (the mean of each card's average).</summary>
public sealed record EvaluationSummary(int Evaluations, IReadOnlyDictionary<Criterion, ScoreSpread> ByCriterion, ScoreSpread Overall)
{
    public static EvaluationSummary Of(IReadOnlyCollection<ApplicationEvaluation> evaluations) =>
        new(evaluations.Count,
            EvaluationCriteria.All.ToDictionary(c => c, c => ScoreSpread.Of(evaluations.Select(e => (double?)EvaluationRules.Score(e, c)))),
            ScoreSpread.Of(evaluations.Select(e => e.Average)));
}
