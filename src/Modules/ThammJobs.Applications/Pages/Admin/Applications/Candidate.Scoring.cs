using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Evaluation;
using ThammJobs.Applications.Interviews;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// The candidate file's scorecards and interview rounds, kept apart from the pipeline part of the page. Each handler
/// checks on the server who may do what: evaluating (assigned reviewers, the offer's recruiters), seeing the others'
/// scores (<see cref="EvaluationService"/>), scheduling and recording results (recruiters only).
/// </summary>
public sealed partial class CandidateModel
{
    public EvaluationView Evaluations { get; private set; } = new(false, false, null, false, [], null);

    public IReadOnlyList<CriterionGuidance> Criteria { get; private set; } = EvaluationCriteria.From(null);

    public List<ScheduledInterview> Interviews { get; private set; } = [];

    public bool CanSchedule { get; private set; }

    /// <summary>Whether a new round may be scheduled now, and its number.</summary>
    public int? NextRound { get; private set; }

    public IReadOnlyList<string> ZoneChoices { get; private set; } = [];

    public List<StaffUser> PanelChoices { get; private set; } = [];

    [BindProperty]
    public ScoreInput Score { get; set; } = new();

    [BindProperty]
    public InterviewInput Interview { get; set; } = new();

    [BindProperty]
    public ResultInput RoundResult { get; set; } = new();

    /// <summary>Messages of the scorecard form (key) and of the interview forms (keys), and which interview they concern.</summary>
    public string? ScoreMessage { get; private set; }

    public bool ScoreMessageIsError { get; private set; }

    public List<string> InterviewErrors { get; } = [];

    public string? InterviewMessage { get; private set; }

    public Guid? InterviewFormFor { get; private set; }

    private bool scoreFormPosted;
    private bool interviewFormPosted;

    public async Task<IActionResult> OnPostEvaluateAsync(Guid id, [FromServices] EvaluationService evaluations, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var result = await evaluations.SaveAsync(User, id, Score.ToScores(), Score.Comment, cancellationToken);
        if (result == EvaluationResult.Forbidden)
        {
            return Forbid();
        }

        if (result == EvaluationResult.Saved)
        {
            return Redirect(AdminApplicationUrls.Application(SiteCultures.Current, id) + "?fait=evaluation#evaluation");
        }

        ScoreMessage = result == EvaluationResult.Closed ? "Evaluation.Closed" : "Evaluation.Invalid";
        ScoreMessageIsError = true;
        scoreFormPosted = true;
        await LoadPipelineAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, int version, [FromServices] InterviewScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!InterviewScheduler.MaySchedule(User))
        {
            return Forbid();
        }

        var plan = await scheduler.PlanAsync(Interview, InterviewErrors);
        var result = plan is null ? (InterviewResultCode?)null : await scheduler.ScheduleAsync(User, id, version, plan, plan.Start, cancellationToken);
        return await AfterInterviewAsync(id, result, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostRescheduleAsync(Guid id, Guid interview, [FromServices] InterviewScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!InterviewScheduler.MaySchedule(User))
        {
            return Forbid();
        }

        if (!await OwnsInterviewAsync(id, interview, cancellationToken))
        {
            return NotFound();
        }

        var plan = await scheduler.PlanAsync(Interview, InterviewErrors);
        var result = plan is null ? (InterviewResultCode?)null : await scheduler.RescheduleAsync(User, interview, plan, cancellationToken);
        return await AfterInterviewAsync(id, result, interview, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelInterviewAsync(Guid id, Guid interview, [FromServices] InterviewScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!InterviewScheduler.MaySchedule(User))
        {
            return Forbid();
        }

        if (!await OwnsInterviewAsync(id, interview, cancellationToken))
        {
            return NotFound();
        }

        return await AfterInterviewAsync(id, await scheduler.CancelAsync(User, interview, cancellationToken), interview, cancellationToken);
    }

    public async Task<IActionResult> OnPostInterviewResultAsync(Guid id, Guid interview, [FromServices] InterviewScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!InterviewScheduler.MaySchedule(User))
        {
            return Forbid();
        }

        if (!await OwnsInterviewAsync(id, interview, cancellationToken))
        {
            return NotFound();
        }

        if (RoundResult.Outcome is not { } outcome)
        {
            InterviewErrors.Add("Interview.Error.Result");
            return await AfterInterviewAsync(id, null, interview, cancellationToken);
        }

        return await AfterInterviewAsync(id, await scheduler.RecordResultAsync(User, interview, outcome, RoundResult.Comment, cancellationToken), interview, cancellationToken);
    }

    private Task<bool> OwnsInterviewAsync(Guid id, Guid interview, CancellationToken cancellationToken) =>
        db.Set<ScheduledInterview>().AnyAsync(i => i.Id == interview && i.ApplicationId == id, cancellationToken);

    private async Task<IActionResult> AfterInterviewAsync(Guid id, InterviewResultCode? result, Guid? interview, CancellationToken cancellationToken)
    {
        if (result is InterviewResultCode.Done or InterviewResultCode.AlreadyDone)
        {
            return Redirect(AdminApplicationUrls.Application(SiteCultures.Current, id) + "?fait=entretien#interviews");
        }

        if (result == InterviewResultCode.Forbidden)
        {
            return Forbid();
        }

        if (result is not null)
        {
            InterviewErrors.Add(result == InterviewResultCode.Changed ? "Interview.Error.Changed" : "Interview.Error.NotAllowed");
        }

        interviewFormPosted = true;
        InterviewFormFor = interview;
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        await LoadPipelineAsync(cancellationToken);
        return Page();
    }

    private async Task LoadScoringAsync(CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        Evaluations = await services.GetRequiredService<EvaluationService>().ViewAsync(User, Application, cancellationToken);
        var queries = services.GetRequiredService<ContentQueries>();
        var offer = await queries.FindPublishedInSetAsync<JobOffer>(Application.OfferSet, SiteCultures.Current, cancellationToken)
            ?? await queries.FindPublishedInSetAsync<JobOffer>(Application.OfferSet, SiteCultures.Current == SiteCultures.French ? SiteCultures.Arabic : SiteCultures.French, cancellationToken);
        Criteria = EvaluationCriteria.From(offer?.Content);
        if (!scoreFormPosted && Evaluations.Own is { } own)
        {
            Score = ScoreInput.From(own);
        }

        Interviews = await db.Set<ScheduledInterview>().AsNoTracking().Include(i => i.Panel).Where(i => i.ApplicationId == Application.Id)
            .OrderBy(i => i.Round).ThenBy(i => i.CreatedUtc).ToListAsync(cancellationToken);
        CanSchedule = InterviewScheduler.MaySchedule(User);
        var live = Interviews.Where(i => i.Round == Application.InterviewRound && i.Status == InterviewStatus.Scheduled).ToList();
        NextRound = Application.Stage switch
        {
            ApplicationStage.Shortlisted => Application.InterviewRound + 1,
            ApplicationStage.Interview when live.Count == 0 => Application.InterviewRound,
            ApplicationStage.Interview when live.All(i => i.Result is not null) => Application.InterviewRound + 1,
            _ => null,
        };
        if (CanSchedule)
        {
            var scheduler = services.GetRequiredService<InterviewScheduler>();
            var zone = await scheduler.OfferZoneAsync(Application.OfferSet, cancellationToken);
            ZoneChoices = InterviewTime.Choices(zone);
            PanelChoices = await scheduler.PanelChoicesAsync();
            if (!interviewFormPosted)
            {
                Interview.TimeZone ??= zone;
            }
        }

        if (Request.Query["fait"] == "evaluation")
        {
            ScoreMessage = "Evaluation.Saved";
        }
        else if (Request.Query["fait"] == "entretien")
        {
            InterviewMessage = "Interview.Done";
        }
    }

    /// <summary>The scorecard form: one select per criterion (empty: not assessed) and a comment.</summary>
    public sealed class ScoreInput
    {
        public int? Education { get; set; }
        public int? Experience { get; set; }
        public int? Languages { get; set; }
        public int? TechnicalSkills { get; set; }
        public int? PersonalQualities { get; set; }
        public string? Comment { get; set; }

        public int? Get(Criterion c) => ToScores()[c];

        public Dictionary<Criterion, int?> ToScores() => new()
        {
            [Criterion.Education] = Education,
            [Criterion.Experience] = Experience,
            [Criterion.Languages] = Languages,
            [Criterion.TechnicalSkills] = TechnicalSkills,
            [Criterion.PersonalQualities] = PersonalQualities,
        };

        public static ScoreInput From(ApplicationEvaluation e) => new()
        {
            Education = e.Education,
            Experience = e.Experience,
            Languages = e.Languages,
            TechnicalSkills = e.TechnicalSkills,
            PersonalQualities = e.PersonalQualities,
            Comment = e.Comment,
        };
    }

    public sealed class ResultInput
    {
        public InterviewOutcome? Outcome { get; set; }
        public string? Comment { get; set; }
    }
}
