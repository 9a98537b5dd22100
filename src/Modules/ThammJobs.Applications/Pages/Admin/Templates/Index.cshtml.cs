using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Notifications;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Pages.Admin.Templates;

/// <summary>
/// The e-mails candidates receive at each step, per language: subject, body with placeholders, and whether the
/// site sends it by itself. Placeholders are checked on save and on preview; the preview fills them with a sample.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Notifications.Manage")]
public sealed class IndexModel(ThammJobsDbContext db, IAuditTrail trail, TimeProvider clock, IStringLocalizer<ApplicationStrings> t, LanguageAlternates alternates) : PageModel
{
    public List<NotificationTemplate> Templates { get; private set; } = [];

    public NotificationTemplate? Selected { get; private set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    /// <summary>Messages about what was typed, in the page's language.</summary>
    public List<string> Errors { get; } = [];

    public OutgoingMessage? Preview { get; private set; }

    public bool Saved { get; private set; }

    public static string Address(string culture, int? id = null) => $"/{culture}/admin/modeles" + (id is { } i ? $"?modele={i}" : "");

    public async Task OnGetAsync(int? modele, string? fait, CancellationToken cancellationToken)
    {
        Saved = fait == "oui";
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
            trail.Record(new AuditRecord("notifications", "template-saved", "template", $"{template.Stage}/{template.Culture}", template.Culture, changes));
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

        Templates = (await db.Set<NotificationTemplate>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(x => x.Stage).ThenBy(x => x.Culture == "fr" ? 0 : 1).ToList();
        Selected = Templates.FirstOrDefault(x => x.Id == id) ?? Templates.FirstOrDefault();
    }

    public sealed class TemplateInput
    {
        public string? Subject { get; set; }

        public string? Body { get; set; }

        public bool Enabled { get; set; }
    }
}
