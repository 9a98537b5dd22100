using System.Linq.Expressions;
using ThammJobs.Applications.Evaluation;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Pipeline;

/// <summary>
/// The list's "minimum average score" filter and "best score" sort, on the average the viewer may see
/// (<see cref="EvaluationService.AverageFor"/>): a correlated sub-query on the (application, reviewer) index.
/// </summary>
public sealed class ApplicationScoreQuery(ThammJobsDbContext db)
{
    public IQueryable<Application> WithMinScore(IQueryable<Application> query, ApplicationFilter filter, string? viewerId, bool seesAll)
    {
        if (filter.MinScore is not { } min)
        {
            return query;
        }

        var average = EvaluationService.AverageFor(db, viewerId, seesAll);
        var atLeast = Expression.Lambda<Func<Application, bool>>(
            Expression.GreaterThanOrEqual(average.Body, Expression.Constant((double?)min, typeof(double?))), average.Parameters);
        return query.Where(atLeast);
    }

    /// <summary>Best average first, applications without a (visible) score last, then by number.</summary>
    /// <summary>The list's sort: <c>note</c> ranks by the scores the viewer may see, the others are <see cref="ApplicationListQuery.Sorted"/>.</summary>
    public IQueryable<Application> Sorted(IQueryable<Application> query, string? sort, string? viewerId, bool seesAll) =>
        sort == "note" ? SortedByScore(query, viewerId, seesAll) : ApplicationListQuery.Sorted(query, sort);

    public IQueryable<Application> SortedByScore(IQueryable<Application> query, string? viewerId, bool seesAll)
    {
        var average = EvaluationService.AverageFor(db, viewerId, seesAll);
        // Both providers put nulls differently in a descending sort: say it explicitly.
        var missing = Expression.Lambda<Func<Application, bool>>(
            Expression.Equal(average.Body, Expression.Constant(null, typeof(double?))), average.Parameters);
        return query.OrderBy(missing).ThenByDescending(average).ThenBy(a => a.Number);
    }
}
