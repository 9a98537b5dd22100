using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Notifications;
using ThammJobs.Content.Models;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Pages.Admin.Templates;

/// <summary>
/// The e-mails candidates receive at each step, per language: subject, body with placeholders, and whether the
/// site sends it by itself. Placeholders are checked on save and on preview; the preview fills them with a sample.
/// An offer may have its own version of a stage's message (both languages, copied from the general one), which
/// replaces the general template for that offer's candidates, e.g. the refusal sent after the response delay.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Notifications.Manage")]
public sealed class IndexModel(ThammJobsDbContext db, IAuditTrail trail, TimeProvider clock, IStringLocalizer<ApplicationStrings> t, LanguageAlternates alternates) : PageModel
{
    /// <summary>The general templates (no offer).</summary>
    public List<NotificationTemplate> Templates { get; private set; } = [];

    /// <summary>Offers' own versions, grouped by offer in the page.</summary>
    public List<NotificationTemplate> OfferTemplates { get; private set; } = [];

    /// <summary>Published offers (translation set → title in the page's language, else French).</summary>
    public Dictionary<string, string> Offers { get; private set; } = [];

    /// <summary>The offer picked in the "own version" form (kept when something is wrong).</summary>
    public string? ChosenOffer { get; private set; }

    public ApplicationStage ChosenStage { get; private set; } = ApplicationStage.NotSelected;

    public string? Notice { get; private set; }

    public NotificationTemplate? Selected { get; private set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    /// <summary>Messages about what was typed, in the page's language.</summary>
    public List<string> Errors { get; } = [];

    public OutgoingMessage? Preview { get; private set; }

    public bool Saved { get; private set; }

    public static string Address(string culture, int? id = null) => $"/{culture}/admin/modeles" + (id is { } i ? $"?modele={i}" : "");

    public async Task OnGetAsync(int? modele, string? fait, string? offre, CancellationToken cancellationToken)
    {
        Saved = fait == "oui";
        Notice = fait switch { "cree" => t["Templates.Created"].Value, "supprime" => t["Templates.Removed"].Value, _ => null };
        ChosenOffer = offre;
        await LoadAsync(modele, cancellationToken);
        if (Selected is not null)
        {
            Input = new TemplateInput { Subject = Selected.Subject, Body = Selected.Body, Enabled = Selected.Enabled };
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(int modele, CancellationToken cancellationToken)
    {
        await LoadAsync(modele, cancellationToken);
        if (Selected is null || Selected.Id != modele)
        {
            return Redirect(Address(SiteCultures.Current));
        }

        if (!Validate())
        {
            return Page();
        }

        var template = await db.Set<NotificationTemplate>().SingleAsync(x => x.Id == modele, cancellationToken);
        var changes = new List<AuditChange>();
        Change("subject", template.Subject, Input.Subject!.Trim());
        Change("body", template.Body, TemplatePlaceholders.CleanBody(Input.Body!));
        Change("enabled", template.Enabled ? "true" : "false", Input.Enabled ? "true" : "false");
        template.Subject = Input.Subject!.Trim();
        template.Body = TemplatePlaceholders.CleanBody(Input.Body!);
        template.Enabled = Input.Enabled;
        template.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        template.UpdatedBy = User.Identity?.Name;
        if (changes.Count > 0)
        {
            trail.Record(new AuditRecord("notifications", "template-saved", "template",
                (template.OfferSet is null ? "" : template.OfferSet + "/") + $"{template.Stage}/{template.Culture}", template.Culture, changes));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect(Address(SiteCultures.Current, modele) + "&fait=oui");

        void Change(string field, string before, string after)
        {
            if (before != after)
            {
                changes.Add(new AuditChange(field, before, after));
            }
        }
    }

    /// <summary>
    /// Gives an offer its own version of a stage's message, in French and Arabic at once (a candidate of either
    /// language must get the offer's wording), starting from the general templates' current text.
    /// </summary>
    public async Task<IActionResult> OnPostSpecialiseAsync(string? offre, ApplicationStage etape, CancellationToken cancellationToken)
    {
        ChosenOffer = offre;
        ChosenStage = etape;
        await LoadAsync(null, cancellationToken);
        var general = Templates.Where(x => x.Stage == etape).ToList();
        if (string.IsNullOrWhiteSpace(offre))
        {
            Errors.Add(t["Templates.ChooseOffer"]);
        }
        else if (!Offers.ContainsKey(offre))
        {
            Errors.Add(t["Templates.UnknownOffer"]);
        }
        else if (general.Count == 0)
        {
            Errors.Add(t["Templates.UnknownStage"]);
        }

        if (Errors.Count > 0)
        {
            Selected = null;
            return Page();
        }

        var existing = OfferTemplates.Where(x => x.OfferSet == offre && x.Stage == etape).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var source in general.Where(g => existing.All(e => e.Culture != g.Culture)))
        {
            var copy = new NotificationTemplate
            {
                Stage = etape, Culture = source.Culture, OfferSet = offre, Subject = source.Subject, Body = source.Body,
                Enabled = source.Enabled, UpdatedUtc = now, UpdatedBy = User.Identity?.Name,
            };
            db.Add(copy);
            existing.Add(copy);
            trail.Record(new AuditRecord("notifications", "template-created", "template", $"{offre}/{etape}/{source.Culture}", source.Culture, []));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone made the same version at the same moment (unique index): open theirs.
            db.ChangeTracker.Clear();
            existing = await db.Set<NotificationTemplate>().AsNoTracking().Where(x => x.OfferSet == offre && x.Stage == etape).ToListAsync(cancellationToken);
        }

        var open = existing.FirstOrDefault(x => x.Culture == SiteCultures.Current) ?? existing.First();
        return Redirect(Address(SiteCultures.Current, open.Id) + "&fait=cree");
    }

    /// <summary>Removes an offer's own version of a stage (both languages): the general template applies again.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int modele, CancellationToken cancellationToken)
    {
        var template = await db.Set<NotificationTemplate>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == modele, cancellationToken);
        if (template?.OfferSet is not { } offerSet)
        {
            // The general templates cannot be removed (every stage must have a message to fall back on).
            return Redirect(Address(SiteCultures.Current));
        }

        var removed = await db.Set<NotificationTemplate>().Where(x => x.OfferSet == offerSet && x.Stage == template.Stage).ToListAsync(cancellationToken);
        foreach (var row in removed)
        {
            db.Remove(row);
            trail.Record(new AuditRecord("notifications", "template-removed", "template", $"{offerSet}/{row.Stage}/{row.Culture}", row.Culture,
                [new AuditChange("subject", row.Subject, ""), new AuditChange("body", row.Body, "")]));
        }

        await db.SaveChangesAsync(cancellationToken);
        var general = await db.Set<NotificationTemplate>().AsNoTracking()
            .Where(x => x.OfferSet == null && x.Stage == template.Stage && x.Culture == template.Culture).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken);
        return Redirect(Address(SiteCultures.Current, general) + (general is null ? "?" : "&") + "fait=supprime");
    }

    /// <summary>The e-mail as a candidate would receive it, from what is typed (nothing is saved).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int modele, CancellationToken cancellationToken)
    {
        await LoadAsync(modele, cancellationToken);
        if (Selected is null || Selected.Id != modele)
        {
            return Redirect(Address(SiteCultures.Current));
        }

        if (Validate())
        {
            var draft = new NotificationTemplate { Stage = Selected.Stage, Culture = Selected.Culture, Subject = Input.Subject!, Body = TemplatePlaceholders.CleanBody(Input.Body!) };
            Preview = TransitionNotifier.Render(draft, SampleValues(Selected.Culture));
        }

        return Page();
    }

    /// <summary>A made-up candidate, in the template's language.</summary>
    public static Dictionary<string, string?> SampleValues(string culture) => new(StringComparer.Ordinal)
    {
        [TemplatePlaceholders.GivenName] = culture == "ar" ? "سلمى" : "Salma",
        [TemplatePlaceholders.FamilyName] = culture == "ar" ? "بناني" : "Bennani",
        [TemplatePlaceholders.Offer] = culture == "ar" ? "خبير(ة) في الهجرة — فريق فرنسا" : "Expert·e migration nationale — Équipe France",
        [TemplatePlaceholders.Number] = "THAMM-2026-000123",
        [TemplatePlaceholders.StatusLink] = $"https://emplois.example.ma/{culture}/candidature/…",
        [TemplatePlaceholders.Reason] = culture == "ar" ? DefaultTemplates.ResponseDelayReasonAr : DefaultTemplates.ResponseDelayReasonFr,
    };

    private bool Validate()
    {
        var subject = Input.Subject?.Trim() ?? "";
        var body = Input.Body?.Trim() ?? "";
        if (subject.Length == 0)
        {
            Errors.Add(t["Templates.SubjectRequired"]);
        }
        else if (subject.Length > NotificationTemplate.SubjectMaxLength)
        {
            Errors.Add(t["Templates.SubjectTooLong", NotificationTemplate.SubjectMaxLength]);
        }

        if (body.Length == 0)
        {
            Errors.Add(t["Templates.BodyRequired"]);
        }
        else if (body.Length > NotificationTemplate.BodyMaxLength)
        {
            Errors.Add(t["Templates.BodyTooLong", NotificationTemplate.BodyMaxLength]);
        }

        var known = string.Join(", ", TemplatePlaceholders.All.Select(p => "{" + p + "}"));
        foreach (var unknown in TemplatePlaceholders.Unknown(subject + "\n" + body))
        {
            Errors.Add(t["Templates.UnknownPlaceholder", "{" + unknown + "}", known]);
        }

        if (TemplatePlaceholders.HasUnbalancedBraces(subject) || TemplatePlaceholders.HasUnbalancedBraces(body))
        {
            Errors.Add(t["Templates.Braces"]);
        }

        return Errors.Count == 0;
    }

    private async Task LoadAsync(int? id, CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, Address(culture, id));
        }

        var all = (await db.Set<NotificationTemplate>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(x => x.Stage).ThenBy(x => x.Culture == "fr" ? 0 : 1).ToList();
        Templates = all.Where(x => x.OfferSet is null).ToList();
        OfferTemplates = all.Where(x => x.OfferSet is not null).OrderBy(x => x.OfferSet, StringComparer.Ordinal).ThenBy(x => x.Stage).ThenBy(x => x.Culture == "fr" ? 0 : 1).ToList();
        Selected = all.FirstOrDefault(x => x.Id == id) ?? Templates.FirstOrDefault();

        // Published offers (closed ones stay published); an offer unpublished since keeps its versions, shown by identifier.
        var current = SiteCultures.Current;
        var titles = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer)
            .Select(v => new { v.TranslationSet, v.Culture, v.Title })
            .ToListAsync(cancellationToken);
        Offers = titles.GroupBy(v => v.TranslationSet)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(v => v.Culture == current) ?? g.FirstOrDefault(v => v.Culture == "fr") ?? g.First()).Title, StringComparer.Ordinal);
    }

    /// <summary>An offer's title for the page, or its identifier when it is no longer published.</summary>
    public string OfferTitle(string offerSet) => Offers.TryGetValue(offerSet, out var title) ? title : offerSet;

    public sealed class TemplateInput
    {
        public string? Subject { get; set; }

        public string? Body { get; set; }

        public bool Enabled { get; set; }
    }
}
