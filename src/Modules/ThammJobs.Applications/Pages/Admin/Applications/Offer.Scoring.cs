using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Evaluation;
using ThammJobs.Applications.Interviews;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// The list's average-score column, filter and sort (each on the scores the viewer may see: a reviewer's list
/// shows and ranks only applications they have scored themselves), and the bulk interview invitation.
/// </summary>
public sealed partial class OfferModel
{
    /// <summary>Average and number of scorecards per application of the page, as the viewer may see them.</summary>
    public Dictionary<Guid, (double? Average, int Count)> Scores { get; private set; } = [];

    public bool CanInvite => InterviewScheduler.MaySchedule(User);

    public IReadOnlyList<string> ZoneChoices { get; private set; } = [];

    public List<StaffUser> PanelChoices { get; private set; } = [];

    [BindProperty]
    public InterviewInput Interview { get; set; } = new();

    public List<string> InterviewErrors { get; } = [];

    private bool interviewPosted;

    private bool SeesAllScores => EvaluationService.SeesAllScores(User);

    private IQueryable<Application> WithScoreFilter(IQueryable<Application> query, string? userId) =>
        HttpContext.RequestServices.GetRequiredService<ApplicationScoreQuery>().WithMinScore(query, Filter, userId, SeesAllScores);

    private IQueryable<Application> SortedWithScore(IQueryable<Application> query, string? userId) =>
        HttpContext.RequestServices.GetRequiredService<ApplicationScoreQuery>().Sorted(query, Filter.Sort, userId, SeesAllScores);

    private async Task LoadScoringAsync(string offerSet, string? userId, CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        Scores = await services.GetRequiredService<EvaluationService>().AveragesAsync(Applications.Select(a => a.Id).ToList(), userId, SeesAllScores, cancellationToken);
        if (CanInvite)
        {
            var scheduler = services.GetRequiredService<InterviewScheduler>();
            var zone = await scheduler.OfferZoneAsync(offerSet, cancellationToken);
            ZoneChoices = InterviewTime.Choices(zone);
            PanelChoices = await scheduler.PanelChoicesAsync();
            if (!interviewPosted)
            {
                Interview.TimeZone ??= zone;
                Interview.SpacingMinutes = Interview.SpacingMinutes == 0 && Interview.Date is null ? Interview.DurationMinutes : Interview.SpacingMinutes;
            }
        }
    }

    /// <summary>
    /// "Invite the checked applications to an interview": one form for all of them, the first at the given time and
    /// each next one <see cref="InterviewInput.SpacingMinutes"/> later; each application is moved and e-mailed on its own.
    /// </summary>
    public async Task<IActionResult> OnPostInviteAsync(string offerSet, [FromServices] InterviewScheduler scheduler, CancellationToken cancellationToken)
    {
        if (!CanInvite || !await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        var keys = BulkActions.ParseKeys(Bulk.Ids);
        interviewPosted = true;
        if (keys.Count == 0)
        {
            return await ShowErrorAsync(offerSet, "Admin.Bulk.NoneChecked", keys, cancellationToken);
        }

        var plan = await scheduler.PlanAsync(Interview, InterviewErrors);
        if (plan is null)
        {
            return await ShowErrorAsync(offerSet, InterviewErrors[0], keys, cancellationToken);
        }

        var (done, repeated, refused) = await scheduler.ScheduleManyAsync(User, offerSet, keys, plan, cancellationToken);
        TempData["Done"] = strings["Interview.Invited", done, repeated, refused].Value;
        return Redirect(Back(offerSet));
    }
}
