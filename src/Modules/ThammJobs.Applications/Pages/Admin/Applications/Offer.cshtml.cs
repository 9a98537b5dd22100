using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// One offer's applications as a list a recruiter with 400 of them can work with: filters (stage, completeness,
/// languages, country, text, "given to me"), sort, 50 a page, counts per stage; bulk actions on checked rows
/// (move, reject with a reason, give to a reviewer, download the documents); who is assigned to the offer.
/// Every handler checks the person's rights in code: Razor Pages ignore [Authorize] on handlers.
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed partial class OfferModel(
    ThammJobsDbContext db,
    ApplicationAccess access,
    ApplicationListQuery list,
    BulkActions bulk,
    UserManager<StaffUser> users,
    TimeProvider clock,
    LanguageAlternates alternates,
    IStringLocalizer<ApplicationStrings> strings) : PageModel
{
    public const int PageSize = ApplicationListQuery.PageSize;

    public string OfferSet { get; private set; } = "";

    public string Title { get; private set; } = "";

    public List<ApplicationRow> Applications { get; private set; } = [];

    public int Total { get; private set; }

    public Dictionary<ApplicationStage, int> ByStage { get; private set; } = [];

    public List<string> Countries { get; private set; } = [];

    public List<RejectionReason> Reasons { get; private set; } = [];

    public List<(OfferAssignment Assignment, StaffUser? User)> Assigned { get; } = [];

    public List<StaffUser> Assignable { get; } = [];

    public ApplicationFilter Filter { get; private set; } = new();

    /// <summary>What the last bulk action did, or why it did nothing (shown above the list).</summary>
    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    /// <summary>Rows checked before an error, checked again so nothing has to be redone.</summary>
    public HashSet<Guid> Checked { get; private set; } = [];

    [BindProperty]
    public BulkInput Bulk { get; set; } = new();

    public bool CanMove => TransitionService.MoversFor(User).Count > 0;

    public async Task<IActionResult> OnGetAsync(string offerSet, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        Message = TempData["Done"] as string;
        await LoadAsync(offerSet, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string offerSet, CancellationToken cancellationToken)
    {
        if (!CanMove || !await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        var keys = BulkActions.ParseKeys(Bulk.Ids);
        var error = keys.Count == 0 ? "Admin.Bulk.NoneChecked" : Bulk.To is null ? "Admin.Bulk.StageRequired" : null;
        if (error is null && Bulk.To == ApplicationStage.NotSelected && Bulk.ReasonId is null)
        {
            error = "Admin.Bulk.ReasonRequired";
        }

        if (error is not null)
        {
            return await ShowErrorAsync(offerSet, error, keys, cancellationToken);
        }

        var outcome = await bulk.MoveAsync(User, offerSet, keys, Bulk.To!.Value, Bulk.ReasonId, Bulk.Note, cancellationToken);
        if (outcome.Done == 0 && outcome.AlreadyDone == 0 && keys.Count > 0 && RequiresNote(keys.Count, Bulk.To.Value) && string.IsNullOrWhiteSpace(Bulk.Note))
        {
            return await ShowErrorAsync(offerSet, "Admin.Bulk.NoteRequired", keys, cancellationToken);
        }

        TempData["Done"] = strings["Admin.Bulk.Result", outcome.Done, outcome.AlreadyDone, outcome.Refused].Value;
        return Redirect(Back(offerSet));
    }

    public async Task<IActionResult> OnPostRejectAsync(string offerSet, CancellationToken cancellationToken)
    {
        Bulk.To = ApplicationStage.NotSelected;
        return await OnPostMoveAsync(offerSet, cancellationToken);
    }

    public async Task<IActionResult> OnPostAssignReviewerAsync(string offerSet, CancellationToken cancellationToken)
    {
        if (!TransitionService.MoversFor(User).Contains(Mover.Recruiter) || !await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        var keys = BulkActions.ParseKeys(Bulk.Ids);
        var assignedToOffer = Bulk.ReviewerId is { } reviewer &&
            await db.Set<OfferAssignment>().AnyAsync(a => a.OfferSet == offerSet && a.UserId == reviewer, cancellationToken);
        if (keys.Count == 0 || !assignedToOffer)
        {
            return await ShowErrorAsync(offerSet, keys.Count == 0 ? "Admin.Bulk.NoneChecked" : "Admin.Bulk.ReviewerRequired", keys, cancellationToken);
        }

        var added = await bulk.AssignReviewerAsync(offerSet, keys.Select(k => k.Id).ToList(), Bulk.ReviewerId!, cancellationToken);
        TempData["Done"] = strings["Admin.Bulk.Assigned", added].Value;
        return Redirect(Back(offerSet));
    }

    public async Task<IActionResult> OnPostDownloadAsync(string offerSet, CancellationToken cancellationToken)
    {
        // Documents leave the site: reviewers read them on the site but do not take them away (Exports/ExportAccess).
        if (!Exports.ExportAccess.MayExport(User) || !await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        var keys = BulkActions.ParseKeys(Bulk.Ids);
        if (keys.Count == 0)
        {
            return await ShowErrorAsync(offerSet, "Admin.Bulk.NoneChecked", keys, cancellationToken);
        }

        // Built in a temporary file, not in memory: 50 applications of 10 MB each would not fit comfortably.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await bulk.WriteZipAsync(offerSet, keys.Select(k => k.Id).ToList(), temp, cancellationToken, kind => strings["Kind." + kind].ResourceNotFound ? kind : strings["Kind." + kind].Value);
        temp.Position = 0;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(temp, "application/zip", $"candidatures-{clock.GetUtcNow():yyyyMMdd-HHmm}.zip");
    }

    public async Task<IActionResult> OnPostAssignAsync(string offerSet, string? userId, CancellationToken cancellationToken)
    {
        if (!ApplicationAccess.CanAssign(User))
        {
            return Forbid();
        }

        if (userId is not null && await users.FindByIdAsync(userId) is not null &&
            !await db.Set<OfferAssignment>().AnyAsync(a => a.OfferSet == offerSet && a.UserId == userId, cancellationToken))
        {
            db.Add(new OfferAssignment { OfferSet = offerSet, UserId = userId, AssignedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect(AdminApplicationUrls.Offer(SiteCultures.Current, offerSet));
    }

    public async Task<IActionResult> OnPostUnassignAsync(string offerSet, long id, CancellationToken cancellationToken)
    {
        if (!ApplicationAccess.CanAssign(User))
        {
            return Forbid();
        }

        await db.Set<OfferAssignment>().Where(a => a.Id == id && a.OfferSet == offerSet).ExecuteDeleteAsync(cancellationToken);
        return Redirect(AdminApplicationUrls.Offer(SiteCultures.Current, offerSet));
    }

    public string PageUrl(int page) => AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + Query(Filter.QueryString(page));

    public string StageUrl(ApplicationStage? stage) => AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + Query(Filter.QueryString(stage: stage, keepStage: false));

    public string BoardUrl => AdminApplicationUrls.Board(SiteCultures.Current, OfferSet) + Query(Filter.QueryString(keepStage: false));

    /// <summary>Where bulk forms post: this list with its filters, so the answer comes back to the same view.</summary>
    public string HandlerUrl(string handler) =>
        AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + "?" + Filter.QueryString(Filter.Page) + (Filter.QueryString(Filter.Page).Length > 0 ? "&" : "") + "handler=" + handler;

    private static string Query(string query) => query.Length > 0 ? "?" + query : "";

    private string Back(string offerSet) =>
        Bulk.Back == "tableau"
            ? AdminApplicationUrls.Board(SiteCultures.Current, offerSet) + Query(Filter.QueryString(keepStage: false))
            : AdminApplicationUrls.Offer(SiteCultures.Current, offerSet) + Query(Filter.QueryString(Filter.Page));

    // A move nobody could make without a note (a completeness override, a withdrawal recorded by a recruiter).
    private static bool RequiresNote(int count, ApplicationStage to) =>
        count > 0 && StageTransitions.All.Where(t => t.To == to && t.Who is Mover.Recruiter or Mover.Lead).All(t => t.Needs == Needs.Note);

    private async Task<IActionResult> ShowErrorAsync(string offerSet, string key, List<(Guid Id, int Version)> keys, CancellationToken cancellationToken)
    {
        Message = strings[key].Value;
        MessageIsError = true;
        Checked = keys.Select(k => k.Id).ToHashSet();
        await LoadAsync(offerSet, cancellationToken);
        return Page();
    }

    public override void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) =>
        Filter = ApplicationFilter.From(Request.Query);

    private async Task LoadAsync(string offerSet, CancellationToken cancellationToken)
    {
        OfferSet = offerSet;
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Offer(culture, offerSet));
        }

        var userId = users.GetUserId(User);
        var filtered = WithScoreFilter(list.Filtered(offerSet, Filter, userId), userId);   // Offer.Scoring.cs
        ByStage = await list.CountByStageAsync(filtered, cancellationToken);
        Title = await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet).Select(a => a.OfferTitle).FirstOrDefaultAsync(cancellationToken) ?? offerSet;
        Countries = await list.CountriesAsync(offerSet, cancellationToken);
        Reasons = await db.Set<RejectionReason>().AsNoTracking().Where(r => r.Active).OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);

        var query = ApplicationListQuery.WithStage(filtered, Filter.Stage);
        Total = Filter.Stage is { } stage ? ByStage.GetValueOrDefault(stage) : ByStage.Values.Sum();
        Filter.Page = Math.Clamp(Filter.Page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Applications = await ApplicationListQuery.RowsAsync(
            SortedWithScore(query, userId).Skip((Filter.Page - 1) * PageSize).Take(PageSize), cancellationToken);
        await LoadScoringAsync(offerSet, userId, cancellationToken);

        var assignments = await db.Set<OfferAssignment>().AsNoTracking().Where(a => a.OfferSet == offerSet).ToListAsync(cancellationToken);
        foreach (var assignment in assignments)
        {
            Assigned.Add((assignment, await users.FindByIdAsync(assignment.UserId)));
        }

        if (ApplicationAccess.CanAssign(User))
        {
            foreach (var role in new[] { StandardRoles.Recruiter, StandardRoles.Reviewer })
            {
                Assignable.AddRange((await users.GetUsersInRoleAsync(role)).Where(u => assignments.All(a => a.UserId != u.Id) && Assignable.All(x => x.Id != u.Id)));
            }
        }
    }

    public sealed class BulkInput
    {
        /// <summary>Checked rows, <c>{id}.{version}</c>.</summary>
        public List<string> Ids { get; set; } = [];

        public ApplicationStage? To { get; set; }

        public int? ReasonId { get; set; }

        public string? Note { get; set; }

        public string? ReviewerId { get; set; }

        /// <summary><c>tableau</c> when the board posted.</summary>
        public string? Back { get; set; }
    }
}
