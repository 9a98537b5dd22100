using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Pages.Public.Apply;

/// <summary>
/// The candidate's page, reached only through the signed link of their e-mail (no account): the application,
/// its documents, its stage in plain words; withdraw, download one's data, erase it.
/// </summary>
public sealed class StatusModel(
    StatusLinks links, CandidateSelfService self, DocumentStore store, ContentQueries queries, TimeProvider clock, LanguageAlternates alternates,
    Notifications.ApplicationAudit audit, ThammJobs.Core.Data.ThammJobsDbContext db) : PageModel
{
    public string Culture => SiteCultures.Current;

    public StatusLinkState LinkState { get; private set; }

    public Application? Application { get; private set; }

    public string Token { get; private set; } = "";

    /// <summary>Set after an action, to say what happened.</summary>
    public string? Done { get; private set; }

    /// <summary>When it was sent, in the offer's time zone (Casablanca for the THAMM+ posting), as the deadline is shown.</summary>
    public string SubmittedLocal { get; private set; } = "";

    /// <summary>The form to update the application, while the offer is open and the application live.</summary>
    public string? UpdateUrl { get; private set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public bool ConfirmMissing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, string? envoyee, string? fait, CancellationToken cancellationToken)
    {
        await LoadAsync(token, cancellationToken);
        Done = envoyee is not null ? "Sent" : fait switch { "retrait" => "Withdrawn", "effacement" => "Erased", "modification" => "Updated", _ => null };
        if (Application is { } application)
        {
            // One read of the offer: its time zone for the dates, and whether the application may still be updated.
            var offer = await queries.FindPublishedInSetAsync<JobOffer>(application.OfferSet, Culture, cancellationToken);
            SubmittedLocal = SubmissionTime.Format(application.SubmittedUtc, offer?.Content.Deadline.TimeZone, Culture);
            if (application.Live && offer is not null && new ApplyingOffer(offer).IsOpenAt(clock.GetUtcNow()))
            {
                UpdateUrl = ContentUrls.Apply(Culture, offer.Version.Slug) + "?modifier=" + token;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return Page();
        }

        if (!Confirm)
        {
            ConfirmMissing = true;
            return Page();
        }

        // A decision already taken ("not selected") cannot be withdrawn from: the page simply shows it again.
        var withdrawn = await self.WithdrawAsync(Application!.Id, cancellationToken);
        return Redirect(StatusLinks.Path(Culture, token) + (withdrawn ? "?fait=retrait" : ""));
    }

    public async Task<IActionResult> OnPostEraseAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return Page();
        }

        if (!Confirm)
        {
            ConfirmMissing = true;
            return Page();
        }

        await self.EraseAsync(Application!.Id, cancellationToken);
        return Redirect(StatusLinks.Path(Culture, token) + "?fait=effacement");
    }

    /// <summary>The candidate's data and files as a ZIP, always as an attachment.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken) || Application!.ErasedUtc is not null)
        {
            return Page();
        }

        audit.Exported(Application);
        await db.SaveChangesAsync(cancellationToken);
        var temp = store.CreateTemp();
        var path = temp.Name;
        try
        {
            await self.ExportAsync(Application, temp, cancellationToken);
            temp.Position = 0;
        }
        catch
        {
            await temp.DisposeAsync();
            System.IO.File.Delete(path);
            throw;
        }

        Response.RegisterForDisposeAsync(new TempFile(temp, path));
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(temp, "application/zip", $"{Application.Number}.zip");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        ViewData["NoIndex"] = true;
        var check = links.Read(token);
        LinkState = check.State;
        if (check.State != StatusLinkState.Valid)
        {
            Response.StatusCode = check.State == StatusLinkState.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return false;
        }

        Application = await self.FindAsync(check.ApplicationId, cancellationToken);
        if (Application is null)
        {
            LinkState = StatusLinkState.Invalid;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, StatusLinks.Path(culture, token));
        }

        return true;
    }

    /// <summary>Deletes the export's temporary file once the response is sent.</summary>
    private sealed class TempFile(Stream stream, string path) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stream.DisposeAsync();
            System.IO.File.Delete(path);
        }
    }
}
