using NodaTime;
using NodaTime.Text;

namespace ThammJobs.Applications.Interviews;

/// <summary>
/// A local date and time in an IANA zone turned into one instant with NodaTime. Unlike an offer's deadline (which
/// resolves in the candidate's favour), an interview at a time that does not exist (clocks going forward) or exists
/// twice (clocks going back) is refused: two people would otherwise turn up an hour apart.
/// </summary>
public static class InterviewTime
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static DateTimeZone? Zone(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());

    /// <summary>The instant, or the message key saying what is wrong.</summary>
    public static (Instant? Start, string? Error) Resolve(string? date, string? time, string? zoneId)
    {
        var zone = Zone(zoneId);
        if (zone is null)
        {
            return (null, "Interview.Error.Zone");
        }

        var d = DatePattern.Parse(date?.Trim() ?? "");
        var t = TimePattern.Parse(time?.Trim() ?? "");
        if (!d.Success || !t.Success)
        {
            return (null, "Interview.Error.DateTime");
        }

        var mapping = zone.MapLocal(d.Value + t.Value);
        return mapping.Count switch
        {
            0 => (null, "Interview.Error.Skipped"),
            > 1 => (null, "Interview.Error.Ambiguous"),
            _ => (mapping.Single().ToInstant(), null),
        };
    }

    public static ZonedDateTime InZone(DateTime utc, string zoneId) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone(zoneId) ?? DateTimeZone.Utc);

    /// <summary>"mardi 10 mars 2026 10:00 (Africa/Casablanca, UTC+1)" in the culture's words.</summary>
    public static string Format(DateTime utc, string zoneId, System.Globalization.CultureInfo culture)
    {
        var zoned = InZone(utc, zoneId);
        var zone = "(" + zoneId + ", " + ThammJobs.Core.Localization.SiteTime.OffsetLabel(zoned.Offset) + ")";
        // In Arabic text the Latin zone name is isolated left-to-right (LRI … PDI), so its parentheses stay in place.
        if (culture.TextInfo.IsRightToLeft)
        {
            zone = "\u2066" + zone + "\u2069";
        }

        return zoned.LocalDateTime.ToDateTimeUnspecified().ToString("dddd d MMMM yyyy HH:mm", culture) + " " + zone;
    }

    /// <summary>The zones offered in the form: the offer's and the usual ones first, then every IANA zone.</summary>
    public static IReadOnlyList<string> Choices(string first) =>
        new[] { first, "Africa/Casablanca", "Europe/Paris", "Europe/Brussels", "Europe/Madrid", "UTC" }
            .Concat(DateTimeZoneProviders.Tzdb.Ids.Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
}
