using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Interviews;

/// <summary>
/// The .ics attached to invitations (RFC 5545, iTIP): METHOD:REQUEST for an invitation or an update (same UID,
/// higher SEQUENCE), METHOD:CANCEL for a cancellation. Times are written in UTC (<c>…Z</c>), which every calendar
/// program reads without a VTIMEZONE block; the zone the interview was arranged in is in the text. Written with
/// Ical.Net, which folds long lines and escapes commas, semicolons and new lines.
/// </summary>
public static class InterviewCalendar
{
    public const string FileName = "invitation.ics";
    public const string ContentType = "text/calendar";

    public sealed record Text(string Summary, string Description);

    public static byte[] Build(ScheduledInterview interview, Application application, string organizerAddress, string organizerName, Text text, DateTime nowUtc) =>
        Build(interview, application.Email, $"{application.GivenName} {application.FamilyName}", organizerAddress, organizerName, text, nowUtc);

    /// <summary>The same event for another attendee (a panel member): same UID and SEQUENCE, so updates and cancellations match.</summary>
    public static byte[] Build(ScheduledInterview interview, string attendeeAddress, string attendeeName, string organizerAddress, string organizerName, Text text, DateTime nowUtc)
    {
        var cancelled = interview.Status == InterviewStatus.Cancelled;
        var start = DateTime.SpecifyKind(interview.StartUtc, DateTimeKind.Utc);
        var calendarEvent = new CalendarEvent
        {
            Uid = interview.Uid,
            Sequence = interview.Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(start),
            DtEnd = new CalDateTime(start.AddMinutes(interview.DurationMinutes)),
            Summary = text.Summary,
            Description = text.Description,
            Location = interview.Place ?? interview.VideoUrl,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer("mailto:" + organizerAddress) { CommonName = organizerName },
        };
        if (interview.VideoUrl is { } url)
        {
            calendarEvent.Url = new Uri(url);
        }

        calendarEvent.Attendees.Add(new Attendee("mailto:" + attendeeAddress)
        {
            CommonName = attendeeName,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = false,
        });

        var calendar = new Calendar { Method = cancelled ? "CANCEL" : "REQUEST", ProductId = "-//ThammJobs//Interviews//FR" };
        calendar.Events.Add(calendarEvent);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
