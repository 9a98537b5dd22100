using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Previews;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// One candidate's file for the people assigned to the offer: every field, the references, the documents, the
/// history of stages, and the moves the person may make from the current stage (only those).
/// Documents are only ever sent as attachments (never rendered by the browser from this site), and not at all
/// while they await an antivirus scan; thumbnails are images the site itself re-encoded.
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed partial class CandidateModel(
    CandidateSelfService applications,
    ApplicationAccess access,
    TransitionService transitions,
    ThammJobsDbContext db,
    UserManager<StaffUser> users,
    DocumentStore store,
    LanguageAlternates alternates,
    Notifications.ApplicationAudit audit,
    DocumentPreviews previews) : PageModel
{
    public Application Application { get; private set; } = null!;

    public List<ApplicationTransition> History { get; private set; } = [];

    public Dictionary<int, RejectionReason> ReasonsById { get; private set; } = [];

    public List<RejectionReason> Reasons { get; private set; } = [];

    public IReadOnlyList<StageTransition> Moves { get; private set; } = [];

    public List<string> Reviewers { get; } = [];

    /// <summary>First-page previews of the PDFs the person may download, by document id.</summary>
    public Dictionary<Guid, DocumentPreview> Previews { get; private set; } = [];

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    /// <summary>Message key of the last move (done, or why not).</summary>
    public string? Outcome { get; private set; }

    public bool OutcomeIsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? fait, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Outcome = fait == "etape" ? "Admin.Move.Done" : null;
        await LoadPipelineAsync(cancellationToken);

        // Every view of a candidate's file is in the audit trail (who, when).
        audit.Viewed(Application);
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (TransitionService.MoversFor(User).Count == 0)
        {
            return Forbid();
        }

        var result = Move.To is { } to
            ? await transitions.MoveAsync(User, new TransitionRequest(id, to, Move.Version, Move.ReasonId, Move.Note), cancellationToken)
            : TransitionResult.NotAllowed;
        if (result is TransitionResult.Done or TransitionResult.AlreadyDone)
        {
            return Redirect(AdminApplicationUrls.Application(SiteCultures.Current, id) + "?fait=etape");
        }

        if (result == TransitionResult.Forbidden && !await access.CanSeeAsync(User, Application.OfferSet, cancellationToken))
        {
            return Forbid();
        }

        // Shown again with what was typed (the note, the reason) and the current state of the application.
        OutcomeIsError = true;
        Outcome = result switch
        {
            TransitionResult.ReasonRequired => "Admin.Bulk.ReasonRequired",
            TransitionResult.NoteRequired => "Admin.Bulk.NoteRequired",
            TransitionResult.Changed => "Admin.Move.Changed",
            TransitionResult.Forbidden => "Admin.Move.Forbidden",
            _ => Move.To is null ? "Admin.Bulk.StageRequired" : "Admin.Move.NotAllowed",
        };
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        await LoadPipelineAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid document, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var file = Application.Documents.FirstOrDefault(d => d.Id == document);
        if (file is null || !CandidateSelfService.Downloadable(file) || !store.Exists(file.StoredName))
        {
            return NotFound();
        }

        audit.DocumentDownloaded(Application, file);
        await db.SaveChangesAsync(cancellationToken);
        NoSniff();
        // File(…, fileDownloadName) sends Content-Disposition: attachment with the UTF-8 name (Arabic kept).
        return File(store.OpenRead(file.StoredName), file.ContentType, file.OriginalName);
    }

    public async Task<IActionResult> OnGetThumbnailAsync(Guid id, Guid document, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var file = Application.Documents.FirstOrDefault(d => d.Id == document);
        if (file?.ThumbnailName is null || !CandidateSelfService.Downloadable(file) || !store.Exists(file.ThumbnailName))
        {
            return NotFound();
        }

        NoSniff();
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'";
        return File(store.OpenRead(file.ThumbnailName), "image/jpeg");
    }

    /// <summary>
    /// The first page of a PDF as a JPEG the site drew and re-encoded itself (small by default, <c>taille=grande</c>
    /// for the larger one), under the same access check and scan rule as the download. Not in the audit trail, like
    /// the thumbnails of scans: it is part of viewing the file, and the view of the file is recorded.
    /// </summary>
    public async Task<IActionResult> OnGetPreviewAsync(Guid id, Guid document, string? taille, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var file = Application.Documents.FirstOrDefault(d => d.Id == document);
        if (file is null || !DocumentPreviews.Applies(file))
        {
            return NotFound();
        }

        var image = await previews.OpenImageAsync(file, small: taille != "grande", cancellationToken);
        if (image is null)
        {
            return NotFound();
        }

        NoSniff();
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'";
        Response.Headers.ContentDisposition = "inline";
        return File(image, "image/jpeg");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(id, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        if (!await access.CanSeeAsync(User, application.OfferSet, cancellationToken))
        {
            return Forbid();
        }

        Application = application;
        return null;
    }

    private async Task LoadPipelineAsync(CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Application(culture, Application.Id));
        }

        History = await db.Set<ApplicationTransition>().AsNoTracking().Where(t => t.ApplicationId == Application.Id)
            .OrderBy(t => t.Version).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var allReasons = await db.Set<RejectionReason>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        ReasonsById = allReasons.ToDictionary(r => r.Id);
        Reasons = allReasons.Where(r => r.Active).ToList();
        Moves = StageTransitions.From(Application.Stage, TransitionService.MoversFor(User));
        var reviewerIds = await db.Set<ApplicationReviewer>().AsNoTracking().Where(r => r.ApplicationId == Application.Id).Select(r => r.UserId).ToListAsync(cancellationToken);
        foreach (var reviewerId in reviewerIds)
        {
            Reviewers.Add((await users.FindByIdAsync(reviewerId))?.DisplayName ?? reviewerId);
        }

        await LoadScoringAsync(cancellationToken);   // scorecards and interview rounds (Candidate.Scoring.cs)
        Previews = await previews.PrepareAsync(Application.Documents, cancellationToken);
    }

    private void NoSniff() => Response.Headers.XContentTypeOptions = "nosniff";

    public sealed class MoveInput
    {
        public ApplicationStage? To { get; set; }

        /// <summary>The application's stage version when the page was shown.</summary>
        public int Version { get; set; }

        public int? ReasonId { get; set; }

        public string? Note { get; set; }
    }
}
