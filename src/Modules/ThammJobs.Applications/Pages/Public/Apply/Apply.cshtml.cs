using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Forms;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Uploads;

namespace ThammJobs.Applications.Pages.Public.Apply;

/// <summary>
/// The application form of one offer, generated from its documents list and number of references. Works
/// without JavaScript: every POST processes the files it carries (kept in a draft whatever else is wrong),
/// then the fields; the page comes back with everything typed and every accepted file until all is right.
/// </summary>
public sealed class ApplyModel(
    ContentQueries queries,
    DraftStore drafts,
    DocumentIntake intake,
    ApplicationSubmitter submitter,
    StatusLinks links,
    CandidateSelfService self,
    TimeProvider clock,
    LanguageAlternates alternates,
    IOptions<UploadOptions> uploadOptions,
    IOptions<ApplicationOptions> applicationOptions) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public ApplyingOffer Offer { get; private set; } = null!;

    public string Culture => SiteCultures.Current;

    public FormErrors Errors { get; } = new();

    /// <summary>Per document field: the names of files refused in this POST, with their reason.</summary>
    public Dictionary<string, List<(string Name, string Code)>> Refused { get; } = new(StringComparer.Ordinal);

    public List<ApplicationDocument> Accepted { get; private set; } = [];

    public bool Closed { get; private set; }

    public bool Duplicate { get; private set; }

    public UploadOptions Limits => uploadOptions.Value;

    public int RetentionMonths => applicationOptions.Value.RetentionMonths;

    /// <summary>The application this form updates (reached from the status page), if any.</summary>
    public Application? Updating { get; private set; }

    /// <summary>Files of the application being updated that stay.</summary>
    public List<ApplicationDocument> Kept => Updating?.Documents.Where(d => !Input.RemoveExisting.Contains(d.Id)).ToList() ?? [];

    public async Task<IActionResult> OnGetAsync(string slug, string? modifier, CancellationToken cancellationToken)
    {
        if (!await LoadOfferAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Closed = !Offer.IsOpenAt(clock.GetUtcNow());
        Input.SubmissionKey = Guid.NewGuid();
        if (modifier is not null)
        {
            if (await FindUpdatingAsync(modifier, cancellationToken) is not { } application)
            {
                return NotFound();
            }

            Updating = application;
            Input = ApplicationPrefill.From(application);
            Input.UpdateToken = modifier;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadOfferAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }

        if (Input.UpdateToken is not null)
        {
            Updating = await FindUpdatingAsync(Input.UpdateToken, cancellationToken);
            if (Updating is null)
            {
                return NotFound();
            }

            // The address is the application's key: it is shown, not edited, in an update.
            Input.Email = Input.EmailConfirmation = Updating.Email;
        }

        // The same form sent again (double click, back and resend): show what the first one produced.
        if (Updating is null && await submitter.FindBySubmissionKeyAsync(Input.SubmissionKey, cancellationToken) is { } done)
        {
            return Redirect(StatusLinks.Path(Culture, links.CreateToken(done.Id)) + "?envoyee=1");
        }

        if (!Offer.IsOpenAt(clock.GetUtcNow()))
        {
            Closed = true;
            return Page();
        }

        var draft = await drafts.FindAsync(Input.DraftToken, Offer.OfferSet, cancellationToken);
        if (draft is not null)
        {
            await intake.RemoveAsync(draft.Id, Input.Remove, cancellationToken);
            Accepted = await drafts.DocumentsAsync(draft.Id, cancellationToken);
        }

        draft = await AcceptFilesAsync(draft, cancellationToken);
        Input.DraftToken = draft?.Token;
        Input.Remove = [];

        var data = ApplicationValidator.Validate(Input, Offer.Offer.ReferencesRequired, Errors);
        RequireDocuments();
        if (Errors.Any || data is null)
        {
            return Page();
        }

        draft ??= await drafts.CreateAsync(Offer.OfferSet, cancellationToken);
        if (Updating is not null)
        {
            await submitter.UpdateAsync(Offer.Offer, Updating.Id, data, draft, Input.RemoveExisting, cancellationToken);
            return Redirect(StatusLinks.Path(Culture, Input.UpdateToken!) + "?fait=modification");
        }

        var outcome = await submitter.SubmitAsync(Offer, data, Input.SubmissionKey, draft, Culture, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        if (outcome.State == SubmitState.Duplicate)
        {
            Duplicate = true;
            return Page();
        }

        return Redirect(StatusLinks.Path(Culture, links.CreateToken(outcome.Application!.Id)) + "?envoyee=1");
    }

    public static string FileField(int index) => $"file-{index}";

    /// <summary>Files of one kind already held: kept files of the application being updated, then the draft's.</summary>
    public List<ApplicationDocument> AcceptedFor(RequiredDocument kind) => Kept.Concat(Accepted).Where(d => d.Kind == kind.Kind).ToList();

    private async Task<Application?> FindUpdatingAsync(string token, CancellationToken cancellationToken)
    {
        var check = links.Read(token);
        if (check.State != StatusLinkState.Valid)
        {
            return null;
        }

        var application = await self.FindAsync(check.ApplicationId, cancellationToken);
        return application is { Live: true } && application.OfferSet == Offer.OfferSet ? application : null;
    }

    private async Task<ApplicationDraft?> AcceptFilesAsync(ApplicationDraft? draft, CancellationToken cancellationToken)
    {
        var documents = Offer.Offer.Documents;
        for (var i = 0; i < documents.Count; i++)
        {
            var kind = documents[i];
            var field = FileField(i);
            var files = Request.Form.Files.GetFiles(field).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
            foreach (var file in files)
            {
                if (AcceptedFor(kind).Count >= kind.MaxFiles)
                {
                    Refuse(field, file.FileName, IntakeCodes.TooManyFiles);
                    continue;
                }

                draft ??= await drafts.CreateAsync(Offer.OfferSet, cancellationToken);
                await using var stream = file.OpenReadStream();
                var result = await intake.AcceptAsync(stream, file.Length, file.FileName, kind, draft.Id, Kept.Concat(Accepted).Sum(d => d.Length), cancellationToken);
                if (result.Document is { } document)
                {
                    Accepted.Add(document);
                }
                else
                {
                    Refuse(field, file.FileName, result.RefusalCode!);
                }
            }
        }

        return draft;
    }

    private void Refuse(string field, string fileName, string code)
    {
        if (!Refused.TryGetValue(field, out var list))
        {
            Refused[field] = list = [];
        }

        list.Add((DocumentIntake.SafeOriginalName(fileName), code));
        Errors.Add(field, "Error.FileRefused");
    }

    private void RequireDocuments()
    {
        var documents = Offer.Offer.Documents;
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Required && AcceptedFor(documents[i]).Count == 0)
            {
                Errors.Add(FileField(i), "Error.DocumentMissing");
            }
        }
    }

    private async Task<bool> LoadOfferAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await queries.FindPublishedAsync<JobOffer>(Culture, slug, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Offer = new ApplyingOffer(item);
        foreach (var (culture, otherSlug) in await queries.PublishedSlugsAsync(item.Version.TranslationSet, cancellationToken))
        {
            alternates.Set(culture, ApplyUrls.Form(culture, otherSlug));
        }

        return true;
    }
}
