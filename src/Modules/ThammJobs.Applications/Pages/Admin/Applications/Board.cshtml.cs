using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Evaluation;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// One offer's applications as columns by stage (the list's filters apply). Each card can be moved one step with a
/// small form that posts to the list's bulk "move" handler, so the board needs no JavaScript and no handler of its
/// own; moves that need a reason or a note are made from the candidate's file or the list.
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class BoardModel(
    ThammJobsDbContext db, ApplicationAccess access, ApplicationListQuery list, ApplicationScoreQuery scores, EvaluationService evaluations,
    UserManager<StaffUser> users, LanguageAlternates alternates) : PageModel
{
    /// <summary>Cards shown per column; the rest are one link away in the list.</summary>
    public const int CardsPerColumn = 30;

    /// <summary>The columns, in pipeline order (erased applications are counted in the list only).</summary>
    public static readonly ApplicationStage[] Columns =
    [
        ApplicationStage.Received, ApplicationStage.Incomplete, ApplicationStage.Complete, ApplicationStage.Screening,
        ApplicationStage.Shortlisted, ApplicationStage.Interview, ApplicationStage.Selected, ApplicationStage.NotSelected, ApplicationStage.Withdrawn,
    ];

    public string OfferSet { get; private set; } = "";

    public string Title { get; private set; } = "";

    public ApplicationFilter Filter { get; private set; } = new();

    public Dictionary<ApplicationStage, int> ByStage { get; private set; } = [];

    public Dictionary<ApplicationStage, List<ApplicationRow>> Cards { get; } = [];

    public IReadOnlyCollection<Mover> Movers { get; private set; } = [];

    /// <summary>Average and number of scorecards per card, as this person may see them.</summary>
    public Dictionary<Guid, (double? Average, int Count)> Scores { get; private set; } = [];

    /// <summary>Whether the list's filters or sort narrow or order this board (said on the page, with a way back).</summary>
    public bool Filtered => Filter.QueryString(keepStage: false).Length > 0;

    public async Task<IActionResult> OnGetAsync(string offerSet, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        OfferSet = offerSet;
        Filter = ApplicationFilter.From(Request.Query);
        Filter.Stage = null;
        Movers = TransitionService.MoversFor(User);
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Board(culture, offerSet));
        }

        Title = await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet).Select(a => a.OfferTitle).FirstOrDefaultAsync(cancellationToken) ?? offerSet;
        // The list's filters and sorts, the minimum score and the score sort included, on the scores this person may
        // see (a reviewer's board, like their list, ranks only what they scored themselves).
        var userId = users.GetUserId(User);
        var seesAll = EvaluationService.SeesAllScores(User);
        var filtered = scores.WithMinScore(list.Filtered(offerSet, Filter, userId), Filter, userId, seesAll);
        ByStage = await list.CountByStageAsync(filtered, cancellationToken);
        foreach (var stage in Columns.Where(s => ByStage.GetValueOrDefault(s) > 0))
        {
            var sorted = scores.Sorted(ApplicationListQuery.WithStage(filtered, stage), Filter.Sort, userId, seesAll);
            Cards[stage] = await ApplicationListQuery.RowsAsync(sorted.Take(CardsPerColumn), cancellationToken);
        }

        Scores = await evaluations.AveragesAsync(Cards.Values.SelectMany(c => c).Select(c => c.Id).ToList(), userId, seesAll, cancellationToken);

        return Page();
    }

    /// <summary>One-step moves a card offers: those that need neither reason nor note.</summary>
    public IEnumerable<ApplicationStage> QuickMoves(ApplicationStage from) =>
        StageTransitions.From(from, Movers).Where(t => t.Needs == Needs.Nothing).Select(t => t.To);

    public string ListUrl(ApplicationStage stage)
    {
        var query = Filter.QueryString(stage: stage, keepStage: false);
        return AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + (query.Length > 0 ? "?" + query : "");
    }

    public string ListAllUrl
    {
        get
        {
            var query = Filter.QueryString();
            return AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + (query.Length > 0 ? "?" + query : "");
        }
    }

    public string MoveUrl
    {
        get
        {
            var query = Filter.QueryString(keepStage: false);
            return AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + "?" + (query.Length > 0 ? query + "&" : "") + "handler=Move";
        }
    }
}
