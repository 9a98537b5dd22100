using System.Globalization;
using NodaTime;

namespace ThammJobs.Core.Localization;

/// <summary>
/// Times shown to staff are Moroccan time with their offset ("26 nov. 2026 11:00 (UTC+1)"): Morocco moves to
/// UTC+0 during Ramadan, so the offset is printed rather than assumed. NodaTime's bundled tz database, like the
/// offer deadlines, so the result does not depend on the server's zone files.
/// </summary>
public static class SiteTime
{
    public const string ZoneId = "Africa/Casablanca";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    public static string Format(DateTime utc, string culture)
    {
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone);
        return local.ToDateTimeUnspecified().ToString("d MMM yyyy HH:mm", SiteCultures.Formatting(culture)) + " (" + OffsetLabel(local.Offset) + ")";
    }

    /// <summary>The UTC instant a Moroccan calendar day starts at (for "from … to …" filters).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        Zone.AtStartOfDay(new LocalDate(day.Year, day.Month, day.Day)).ToDateTimeUtc();

    /// <summary>An offset as people read it (<c>UTC+1</c>, <c>UTC+0</c>).</summary>
    public static string OffsetLabel(Offset offset)
    {
        var hours = offset.Seconds / 3600.0;
        return "UTC" + (hours >= 0 ? "+" : "−") + Math.Abs(hours).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
