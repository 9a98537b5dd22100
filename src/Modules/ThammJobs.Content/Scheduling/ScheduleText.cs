using System.Globalization;
using ThammJobs.Content.Models;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Scheduling;

/// <summary>A schedule's instant as the editor typed it, with its zone and the offset then (<c>1 décembre 2026 09:00 (Africa/Casablanca, UTC+1)</c>).</summary>
public static class ScheduleText
{
    public static string Describe(ScheduledPublication schedule, string culture)
    {
        var local = DateTime.ParseExact(schedule.Local, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var when = local.ToString("d MMMM yyyy HH:mm", SiteCultures.Formatting(culture));
        return $"{when} ({schedule.TimeZone}, {ScheduleInstant.OffsetLabel(schedule.TimeZone, schedule.DueUtc)})";
    }
}
