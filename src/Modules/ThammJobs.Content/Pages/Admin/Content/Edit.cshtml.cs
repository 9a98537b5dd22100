using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Editing;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Content;

/// <summary>
/// The editor of one translation set: French and Arabic side by side, shared fields once. Saving, previewing and
/// publishing go through <see cref="ContentEditor"/>; adding or removing a row only redraws the form (it works
/// without JavaScript and keeps everything typed). A set that does not exist yet is created on its first save.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Content.Edit")]
public sealed class EditModel(
    ContentEditor editor,
    ContentManager content,
    ThammJobsDbContext db,
    PreviewLinks previews,
    MarkdownRenderer markdown,
    IAuthorizationService authorization,
    LanguageAlternates alternates) : PageModel
{
    public EditedSet Set { get; private set; } = null!;

    public ContentForm Form { get; private set; } = new();

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public string? Done { get; private set; }

    public bool CanPublish { get; private set; }

    /// <summary>Open the Markdown previews: the editor asked for a preview.</summary>
    public bool ShowPreviews { get; private set; }

    public string PublishChoice { get; private set; } = "both";

    public Dictionary<string, string> PreviewPaths { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset PreviewExpires { get; private set; }

    public List<(string Set, string Name)> Projects { get; } = [];

    /// <summary>The media library's images (id, alternative text in the page's language), for the offer's banner.</summary>
    public List<(string Id, string Alt)> MediaChoices { get; } = [];

    public async Task<IActionResult> OnGetAsync(string set, string? type, string? fait, CancellationToken cancellationToken)
    {
        if (await LoadAsync(set, type, cancellationToken) is { } missing)
        {
            return missing;
        }

        Done = fait;
        ShowPreviews = fait == "apercu";
        Form = ContentEditor.FormFor(Set);
        if (Set.IsNew && Set.ContentType == ContentTypes.JobOffer)
        {
            NewOfferDefaults(Form);
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string set, string? type, CancellationToken cancellationToken) =>
        SubmitAsync(set, type, EditorAction.SaveDraft, "brouillon", cancellationToken);

    public Task<IActionResult> OnPostPreviewAsync(string set, string? type, CancellationToken cancellationToken) =>
        SubmitAsync(set, type, EditorAction.SaveDraft, "apercu", cancellationToken);

    // Razor Pages ignore [Authorize] on handlers: publishing needs Content.Publish, checked here.
    public async Task<IActionResult> OnPostPublishAsync(string set, string? type, CancellationToken cancellationToken)
    {
        if (!await MayPublishAsync())
        {
            return Forbid();
        }

        return await SubmitAsync(set, type, EditorAction.Publish, "publication", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string set, string? langue, CancellationToken cancellationToken)
    {
        if (!await MayPublishAsync())
        {
            return Forbid();
        }

        if (await LoadAsync(set, null, cancellationToken) is { } missing)
        {
            return missing;
        }

        var done = SiteCultures.IsSupported(langue) && Set.Published.ContainsKey(langue!)
            && await content.UnpublishAsync(Set.ItemId(langue!), cancellationToken);
        return Redirect(ContentAdminUrls.Edit(SiteCultures.Current, set) + (done ? "?fait=retrait" : ""));
    }

    /// <summary>"Add a row" and "remove this row": the form redrawn with what was typed, nothing saved.</summary>
    public async Task<IActionResult> OnPostRowsAsync(string set, string? type, string? add, string? remove, CancellationToken cancellationToken)
    {
        if (await LoadAsync(set, type, cancellationToken) is { } missing)
        {
            return missing;
        }

        Form = ContentForm.FromRequest(Request.Form);
        PublishChoice = Request.Form["publier"].ToString() is "fr" or "ar" ? Request.Form["publier"].ToString() : "both";
        if (add is EditorLayouts.Responsibilities or EditorLayouts.Documents)
        {
            Form.Rows[add] = Form.RowCount(add) + 1;
        }

        if (remove?.Split(':') is [var group and (EditorLayouts.Responsibilities or EditorLayouts.Documents), var rowText] && int.TryParse(rowText, out var row) && row >= 0)
        {
            Form.RemoveRow(group == EditorLayouts.Documents ? [ContentForm.SharedScope] : SiteCultures.All, group, row);
        }

        return Page();
    }

    /// <summary>The live preview of one Markdown field (the page's script asks while the editor types).</summary>
    public IActionResult OnPostMarkdown(string? text) =>
        Content(markdown.RenderToString(text is { Length: <= 200_000 } ? text : ""), "text/html; charset=utf-8");

    private async Task<IActionResult> SubmitAsync(string set, string? type, EditorAction action, string done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(set, type, cancellationToken) is { } missing)
        {
            return missing;
        }

        Form = ContentForm.FromRequest(Request.Form);
        var choice = Request.Form["publier"].ToString();
        PublishChoice = choice is "fr" or "ar" ? choice : "both";
        Errors = await editor.SubmitAsync(Set, Form, action, PublishChoice == "both" ? null : PublishChoice, User.Identity?.Name, cancellationToken);
        if (Errors.Count > 0)
        {
            ShowPreviews = done == "apercu";
            return Page();
        }

        return Redirect(ContentAdminUrls.Edit(SiteCultures.Current, set) + "?fait=" + done);
    }

    private async Task<bool> MayPublishAsync() => (await authorization.AuthorizeAsync(User, Permissions.PublishContent.Policy)).Succeeded;

    /// <summary>The set, or a new one of a known type; null when all is well, else the answer to give.</summary>
    private async Task<IActionResult?> LoadAsync(string set, string? type, CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, ContentAdminUrls.Edit(culture, set) + (type is null ? "" : "?type=" + type));
        }

        var loaded = await editor.LoadAsync(set, cancellationToken);
        if (loaded is null)
        {
            if (!SlugText.IsValid(set) || type is null || !ContentTypes.All.Contains(type))
            {
                return NotFound();
            }

            loaded = new EditedSet(set, type);
        }

        Set = loaded;
        CanPublish = await MayPublishAsync();
        foreach (var (culture, version) in Set.Latest)
        {
            PreviewPaths[culture] = previews.CreatePath(version.ContentItemId, culture);
        }

        PreviewExpires = previews.ExpiresFromNow;
        if (Set.ContentType == ContentTypes.JobOffer)
        {
            var culture = SiteCultures.Current;
            Projects.AddRange((await db.Set<ContentItemVersion>().AsNoTracking()
                .Where(v => v.ContentType == ContentTypes.Project && v.Latest)
                .Select(v => new { v.TranslationSet, v.Culture, v.Title })
                .ToListAsync(cancellationToken))
                .GroupBy(v => v.TranslationSet)
                .Select(g => (g.Key, (g.FirstOrDefault(v => v.Culture == culture) ?? g.First()).Title)));
            MediaChoices.AddRange((await db.Set<MediaItem>().AsNoTracking().OrderByDescending(m => m.CreatedUtc)
                .Select(m => new { m.Id, m.AltFr, m.AltAr, m.OriginalName })
                .ToListAsync(cancellationToken))
                .Select(m => (m.Id, $"{(culture == "ar" ? m.AltAr : m.AltFr)} ({m.OriginalName})")));
        }

        return null;
    }

    /// <summary>What most THAMM+ offers share, so a new offer starts close to done (all can be changed).</summary>
    private void NewOfferDefaults(ContentForm form)
    {
        // Shared fields only: anything typed in a language's column creates that translation.
        form.Set(ContentForm.SharedScope, "countryCode", "MA");
        form.Set(ContentForm.SharedScope, "deadline.timeZone", "Africa/Casablanca");
        form.Set(ContentForm.SharedScope, "referencesRequired", "3");
        form.Set(ContentForm.SharedScope, "responseDelayDays", "21");
        if (Projects.Count == 1)
        {
            form.Set(ContentForm.SharedScope, "project", Projects[0].Set);
        }

        var documents = new (string Kind, string Fr, string Ar, int MaxFiles)[]
        {
            ("cv", "CV", "السيرة الذاتية", 1),
            ("cover-letter", "Lettre de motivation", "رسالة التحفيز", 1),
            ("diplomas", "Copies conformes des diplômes", "نسخ مطابقة للأصل من الشهادات", 5),
        };
        for (var i = 0; i < documents.Length; i++)
        {
            var path = $"{EditorLayouts.Documents}[{i}]";
            form.Set(ContentForm.SharedScope, path + ".kind", documents[i].Kind);
            form.Set(ContentForm.SharedScope, path + ".label.fr", documents[i].Fr);
            form.Set(ContentForm.SharedScope, path + ".label.ar", documents[i].Ar);
            form.SetAll(ContentForm.SharedScope, path + ".required", ["true"]);
            form.Set(ContentForm.SharedScope, path + ".maxFiles", documents[i].MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        ContentFormMapper.GrowRows(form, EditorLayouts.Documents, documents.Length);
    }
}
