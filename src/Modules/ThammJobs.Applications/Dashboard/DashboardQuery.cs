using Microsoft.EntityFrameworkCore;
using NodaTime;
using ThammJobs.Applications.Models;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Dashboard;

/// <summary>
/// The dashboard's figures, aggregated by the database where SQL can do it (counts per level, language,
/// completeness; the furthest funnel step per application; the first shortlisting per application). Only the
/// submission instants are read one by one — a date column, 400 of them is a few kilobytes — because days are
/// Moroccan calendar days, which the two databases cannot compute alike.
/// </summary>
public sealed class DashboardQuery(ThammJobsDbContext db, TimeProvider clock)
{
    /// <summary>Longest period shown by the per-day chart; older days are left out (and said so).</summary>
    public const int MaxDays = 92;

    /// <param name="offers">The offers to count (<c>null</c>: every offer).</param>
    public async Task<DashboardFigures> ComputeAsync(IReadOnlyCollection<string>? offers, CancellationToken cancellationToken)
    {
        var scope = db.Set<Application>().AsNoTracking();
        if (offers is not null)
        {
            scope = scope.Where(a => offers.Contains(a.OfferSet));
        }

        var total = await scope.CountAsync(cancellationToken);
        var complete = await scope.CountAsync(a => a.DocumentsComplete, cancellationToken);
        var french = await scope.GroupBy(a => a.FrenchLevel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var arabic = await scope.GroupBy(a => a.ArabicLevel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var cultures = await scope.GroupBy(a => a.Culture).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Deadlines of the offers (published French version first): the end of the application period and the
        // starting point of "deadline → shortlist".
        var versions = db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.DeadlineUtc != null);
        if (offers is not null)
        {
            versions = versions.Where(v => offers.Contains(v.TranslationSet));
        }

        var deadlines = (await versions
                .Select(v => new { v.TranslationSet, v.Culture, v.Published, v.Latest, v.DeadlineUtc })
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.TranslationSet)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Published).ThenByDescending(v => v.Culture == "fr").ThenByDescending(v => v.Latest).First().DeadlineUtc!.Value);

        var (perDay, shortened) = await PerDayAsync(scope, offers, deadlines, cancellationToken);
        var funnel = await FunnelAsync(scope, total, cancellationToken);

        var shortlisted = await (from t in db.Set<ApplicationTransition>().AsNoTracking()
                                 join a in scope on t.ApplicationId equals a.Id
                                 where t.To == ApplicationStage.Shortlisted
                                 group t by new { t.ApplicationId, a.OfferSet } into g
                                 select new { g.Key.OfferSet, At = g.Min(t => t.AtUtc) }).ToListAsync(cancellationToken);
        var delays = shortlisted.Where(s => deadlines.ContainsKey(s.OfferSet)).Select(s => (s.At - deadlines[s.OfferSet]).TotalDays).ToList();

        return new DashboardFigures(total, complete, perDay, funnel, Median(delays), delays.Count, french, arabic, cultures, shortened);
    }

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    public static LocalDate Day(DateTime utc) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(SiteTime.Zone).Date;

    // Every day from the first application to the deadline (or today while the offer is open), zeros included, so
    // the bars are a time axis; capped to the last MaxDays days.
    private async Task<(List<(LocalDate, int)>, bool)> PerDayAsync(IQueryable<Application> scope, IReadOnlyCollection<string>? offers, Dictionary<string, DateTime> deadlines, CancellationToken cancellationToken)
    {
        var submitted = await scope.Select(a => a.SubmittedUtc).ToListAsync(cancellationToken);
        if (submitted.Count == 0)
        {
            return ([], false);
        }

        var counts = submitted.GroupBy(Day).ToDictionary(g => g.Key, g => g.Count());
        var today = Day(clock.GetUtcNow().UtcDateTime);
        var first = counts.Keys.Min();
        var end = counts.Keys.Max();
        if (offers is { Count: 1 } && deadlines.TryGetValue(offers.First(), out var deadline))
        {
            var last = Day(deadline) < today ? Day(deadline) : today;
            end = last > end ? last : end;
        }

        var shortened = Period.Between(first, end, PeriodUnits.Days).Days >= MaxDays;
        var start = shortened ? end.PlusDays(-(MaxDays - 1)) : first;
        var days = new List<(LocalDate, int)>();
        for (var day = start; day <= end; day = day.PlusDays(1))
        {
            days.Add((day, counts.GetValueOrDefault(day)));
        }

        return (days, shortened);
    }

    // How many applications reached each step, or a later one: an application screened without passing through
    // "complete" (a recruiter's override) still counts as having got that far.
    private async Task<List<(ApplicationStage, int)>> FunnelAsync(IQueryable<Application> scope, int total, CancellationToken cancellationToken)
    {
        var furthest = await (from t in db.Set<ApplicationTransition>().AsNoTracking()
                              join a in scope on t.ApplicationId equals a.Id
                              group t by t.ApplicationId into g
                              select g.Max(t => t.To == ApplicationStage.Selected ? 5
                                  : t.To == ApplicationStage.Interview ? 4
                                  : t.To == ApplicationStage.Shortlisted ? 3
                                  : t.To == ApplicationStage.Screening ? 2
                                  : t.To == ApplicationStage.Complete ? 1 : 0)).ToListAsync(cancellationToken);
        return DashboardFigures.FunnelStages.Select((stage, rank) => (stage, rank == 0 ? total : furthest.Count(f => f >= rank))).ToList();
    }
}
