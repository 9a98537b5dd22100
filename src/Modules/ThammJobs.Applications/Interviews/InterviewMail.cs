using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Localization;
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
/// The default texts are in the module's strings (<c>Interview.Mail.*</c>).
/// </summary>
public sealed class InterviewMail(IStringLocalizer<ApplicationStrings> t, MessagingOptions messaging, TimeProvider clock)
{
    public OutgoingMessage Build(ScheduledInterview interview, Application application, InterviewMailKind kind)
    {
        var culture = application.Culture == SiteCultures.Arabic ? SiteCultures.Arabic : SiteCultures.French;
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var formatting = SiteCultures.Formatting(culture);
        CultureInfo.CurrentUICulture = formatting;
        CultureInfo.CurrentCulture = formatting;
        try
        {
            var offer = BidiText.Fix(application.OfferTitle);
            var when = InterviewTime.Format(interview.StartUtc, interview.TimeZone, formatting);
            var body = new StringBuilder()
                .AppendLine(t["Mail.Greeting", application.GivenName, application.FamilyName])
                .AppendLine()
                .AppendLine(t["Interview.Mail." + kind + ".Body", offer, application.Number, interview.Round])
                .AppendLine();
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
        }
        finally
        {
            CultureInfo.CurrentCulture = previous.CurrentCulture;
            CultureInfo.CurrentUICulture = previous.CurrentUICulture;
        }
    }
}
