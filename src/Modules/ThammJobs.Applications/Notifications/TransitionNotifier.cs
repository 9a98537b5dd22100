using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Notifications;

/// <summary>
/// Renders the enabled template of the stage an application just reached, in the candidate's language, and adds
/// it to the outbox through the same context: the e-mail is committed with the stage change, or not at all.
/// Called by <see cref="Pipeline.TransitionService"/> for every move (one by one, in bulk, by a rule).
/// </summary>
public sealed class TransitionNotifier(
    ThammJobsDbContext db,
    IOutbox outbox,
    StatusLinks links,
    IOptions<ApplicationOptions> options,
    IHttpContextAccessor http)
{
    // A dozen small rows: read once per request or rule run, not once per application of a bulk move.
    private List<NotificationTemplate>? templates;

    /// <returns>The message enqueued, or null when no enabled template applies or there is nobody to write to.</returns>
    public OutgoingMessage? OnMoved(Application application, ApplicationStage to, int? reasonId)
    {
        if (string.IsNullOrEmpty(application.Email) || application.ErasedUtc is not null)
        {
            return null;
        }

        templates ??= db.Set<NotificationTemplate>().AsNoTracking().ToList();
        var culture = application.Culture == "ar" ? "ar" : "fr";
        var template = For(templates, application.OfferSet, to, culture);
        if (template is not { Enabled: true })
        {
            return null;
        }

        var reason = reasonId is { } id ? db.Set<RejectionReason>().AsNoTracking().Where(r => r.Id == id).Select(r => culture == "ar" ? r.LabelAr : r.LabelFr).FirstOrDefault() : null;
        var message = Render(template, Values(application, StatusUrl(application), reason));
        outbox.Enqueue(db, message with { To = application.Email, ToName = $"{application.GivenName} {application.FamilyName}".Trim() });
        return message;
    }

    /// <summary>The offer's own version of the stage's message when it has one, else the general template.</summary>
    public static NotificationTemplate? For(IEnumerable<NotificationTemplate> templates, string offerSet, ApplicationStage stage, string culture)
    {
        NotificationTemplate? general = null;
        foreach (var t in templates)
        {
            if (t.Stage != stage || t.Culture != culture)
            {
                continue;
            }

            if (t.OfferSet == offerSet)
            {
                return t;
            }

            general ??= t.OfferSet is null ? t : null;
        }

        return general;
    }

    /// <summary>The e-mail a template gives for these values (the preview uses it with sample values).</summary>
    public static OutgoingMessage Render(NotificationTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        // A subject is one line, whatever was typed.
        var subject = TemplatePlaceholders.Render(template.Subject, values).ReplaceLineEndings(" ").Trim();
        var body = TemplatePlaceholders.Render(template.Body, values);
        return new OutgoingMessage("", null, subject, body, null, template.Culture, Category: "application-" + template.Stage.ToString().ToLowerInvariant());
    }

    public static Dictionary<string, string?> Values(Application application, string statusUrl, string? reason) => new(StringComparer.Ordinal)
    {
        [TemplatePlaceholders.GivenName] = application.GivenName,
        [TemplatePlaceholders.FamilyName] = application.FamilyName,
        [TemplatePlaceholders.Offer] = BidiText.Fix(application.OfferTitle),
        [TemplatePlaceholders.Number] = application.Number,
        [TemplatePlaceholders.StatusLink] = statusUrl,
        [TemplatePlaceholders.Reason] = reason,
    };

    /// <summary>
    /// The candidate's personal link: the request's own address when a person made the move, else the configured
    /// public address (a rule runs outside any request).
    /// </summary>
    private string StatusUrl(Application application)
    {
        return SiteOrigin.Of(http.HttpContext, options.Value) + StatusLinks.Path(application.Culture, links.CreateToken(application.Id));
    }
}
