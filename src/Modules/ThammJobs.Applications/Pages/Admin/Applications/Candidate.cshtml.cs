using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// One candidate's file for the people assigned to the offer: every field, the references, the documents.
/// Documents are only ever sent as attachments (never rendered by the browser from this site), and not at all
/// while they await an antivirus scan; thumbnails are images the site itself re-encoded.
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class CandidateModel(CandidateSelfService applications, ApplicationAccess access, DocumentStore store, LanguageAlternates alternates) : PageModel
{
    public Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Application(culture, id));
        }

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

    private void NoSniff() => Response.Headers.XContentTypeOptions = "nosniff";
}
