using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;
using ThammJobs.Messaging;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Interviews;

public enum InterviewMailKind
{
    Invitation,
    Update,
    Cancellation,
}

/// <summary>
/// The invitation, update and cancellation e-mails, written in the language the candidate applied in
/// (<see cref="Application.Culture"/>) whatever the recruiter's page language, with the .ics attached.
/// The default texts are in the module's strings (<c>Interview.Mail.*</c>). Panel members get their own e-mail in
/// their back-office language (<c>Interview.Panel.*</c>), with the same event (UID, SEQUENCE) in their .ics.
/// </summary>
public sealed class InterviewMail(
    IStringLocalizer<ApplicationStrings> t, MessagingOptions messaging, TimeProvider clock, IOptions<ApplicationOptions> options, IHttpContextAccessor http)
{
    public OutgoingMessage Build(ScheduledInterview interview, Application application, InterviewMailKind kind)
    {
        var culture = application.Culture == SiteCultures.Arabic ? SiteCultures.Arabic : SiteCultures.French;
        return InCulture(culture, formatting =>
        {
            var offer = BidiText.Fix(application.OfferTitle);
            var when = InterviewTime.Format(interview.StartUtc, interview.TimeZone, formatting);
            var body = new StringBuilder()
                .AppendLine(t["Mail.Greeting", application.GivenName, application.FamilyName])
                .AppendLine()
                .AppendLine(t["Interview.Mail." + kind + ".Body", offer, application.Number, interview.Round])
                .AppendLine();
            var details = Details(interview, when);
            if (interview.NoteToCandidate is { } note)
            {
                details.AppendLine().AppendLine(note);
            }

            body.Append(details).AppendLine()
                .AppendLine(t[kind == InterviewMailKind.Cancellation ? "Interview.Mail.CalendarCancel" : "Interview.Mail.Calendar"])
                .AppendLine()
                .AppendLine(t["Mail.Signature"]);

            var summary = t["Interview.Mail.Summary", interview.Round, offer].Value;
            var ics = InterviewCalendar.Build(interview, application, messaging.FromAddress, messaging.FromName,
                new InterviewCalendar.Text(summary, details.ToString().Trim()), clock.GetUtcNow().UtcDateTime);
            return new OutgoingMessage(application.Email, $"{application.GivenName} {application.FamilyName}",
                t["Interview.Mail." + kind + ".Subject", application.Number, interview.Round], body.ToString(), null, culture,
                [new MessageAttachment(InterviewCalendar.FileName, InterviewCalendar.ContentType, ics)],
                Category: "interview-" + kind.ToString().ToLowerInvariant());
        });
    }

    /// <summary>
    /// The e-mail to a panel member: who, which round, when and where, a link to the candidate's file (sign-in
    /// needed; nothing else about the candidate is in the message), and the event for their calendar.
    /// </summary>
    public OutgoingMessage BuildForPanel(ScheduledInterview interview, Application application, StaffUser member, InterviewMailKind kind)
    {
        var culture = member.PreferredCulture == SiteCultures.Arabic ? SiteCultures.Arabic : SiteCultures.French;
        return InCulture(culture, formatting =>
        {
            var offer = BidiText.Fix(application.OfferTitle);
            var candidate = $"{application.GivenName} {application.FamilyName}".Trim();
            var when = InterviewTime.Format(interview.StartUtc, interview.TimeZone, formatting);
            var details = Details(interview, when);
            if (interview.Panel.Count > 0)
            {
                details.AppendLine(t["Interview.Panel.Members", string.Join(", ", interview.Panel.Select(p => p.Name))]);
            }

            var body = new StringBuilder()
                .AppendLine(t["Interview.Panel.Greeting", member.DisplayName.Length > 0 ? member.DisplayName : member.UserName ?? ""])
                .AppendLine()
                .AppendLine(t["Interview.Panel." + kind + ".Body", candidate, application.Number, interview.Round, offer])
                .AppendLine()
                .Append(details)
                .AppendLine()
                .AppendLine(t["Interview.Panel.File", SiteOrigin.Of(http.HttpContext, options.Value) + AdminApplicationUrls.Application(culture, application.Id)])
                .AppendLine()
                .AppendLine(t[kind == InterviewMailKind.Cancellation ? "Interview.Mail.CalendarCancel" : "Interview.Mail.Calendar"]);

            var summary = t["Interview.Panel.Summary", interview.Round, candidate, offer].Value;
            var ics = InterviewCalendar.Build(interview, member.Email!, member.DisplayName, messaging.FromAddress, messaging.FromName,
                new InterviewCalendar.Text(summary, details.ToString().Trim()), clock.GetUtcNow().UtcDateTime);
            return new OutgoingMessage(member.Email!, member.DisplayName, t["Interview.Panel." + kind + ".Subject", candidate, application.Number, when],
                body.ToString(), null, culture,
                [new MessageAttachment(InterviewCalendar.FileName, InterviewCalendar.ContentType, ics)],
                Category: "interview-panel-" + kind.ToString().ToLowerInvariant());
        });
    }

    /// <summary>Builds a message with the strings and formats of <paramref name="culture"/>, whatever the page's language.</summary>
    private static T InCulture<T>(string culture, Func<CultureInfo, T> build)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var formatting = SiteCultures.Formatting(culture);
        CultureInfo.CurrentUICulture = formatting;
        CultureInfo.CurrentCulture = formatting;
        try
        {
            return build(formatting);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous.CurrentCulture;
            CultureInfo.CurrentUICulture = previous.CurrentUICulture;
        }
    }

    /// <summary>When, how long, where: the lines both the candidate's and the panel's e-mails (and .ics) carry.</summary>
    private StringBuilder Details(ScheduledInterview interview, string when)
    {
        var details = new StringBuilder()
            .AppendLine(t["Interview.Mail.When", when])
            .AppendLine(t["Interview.Mail.Duration", interview.DurationMinutes]);
        if (interview.Place is { } place)
        {
            details.AppendLine(t["Interview.Mail.Place", place]);
        }

        if (interview.VideoUrl is { } url)
        {
            details.AppendLine(t["Interview.Mail.Video", url]);
        }

        return details;
    }
}
