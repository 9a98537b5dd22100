using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>
/// Turns a posting's local deadline and IANA zone into an instant with NodaTime's bundled time-zone
/// database. Morocco leaves UTC+1 for UTC+0 during Ramadan, so offsets are always looked up, never assumed.
/// </summary>
public static class OfferDeadlines
{
    private static readonly LocalDateTimePattern[] Patterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    // A local time repeated when clocks go back resolves to the later instant, one skipped when they go
    // forward to the first valid one after: in both cases the candidate gets the longer deadline.
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly OffsetDateTimePattern IsoWithOffset =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static bool TryParseLocal(string? text, out LocalDateTime local)
    {
        foreach (var pattern in Patterns)
        {
            var result = pattern.Parse(text ?? "");
            if (result.Success)
            {
                local = result.Value;
                return true;
            }
        }

        local = default;
        return false;
    }

    public static DateTimeZone? FindZone(string? timeZone) =>
        string.IsNullOrWhiteSpace(timeZone) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone);

    /// <summary>The deadline as a zoned date-time; throws on a deadline that validation would have refused.</summary>
    public static ZonedDateTime ToZoned(OfferDeadline deadline)
    {
        if (!TryParseLocal(deadline.Local, out var local))
        {
            throw new FormatException($"Invalid local deadline '{deadline.Local}'.");
        }

        var zone = FindZone(deadline.TimeZone) ?? throw new FormatException($"Unknown time zone '{deadline.TimeZone}'.");
        return local.InZone(zone, Resolver);
    }

    public static DateTime ToUtc(OfferDeadline deadline) => ToZoned(deadline).ToDateTimeUtc();

    /// <summary>The deadline as UTC, or null while it is not (yet) a valid one: a draft may be unfinished.</summary>
    public static DateTime? TryToUtc(OfferDeadline deadline) =>
        TryParseLocal(deadline.Local, out var local) && FindZone(deadline.TimeZone) is { } zone
            ? local.InZone(zone, Resolver).ToDateTimeUtc()
            : null;

    /// <summary>
    /// Applications are accepted until the end of the stated minute: "23:59" still accepts 23:59:40.
    /// </summary>
    public static bool IsOpen(DateTime deadlineUtc, DateTimeOffset now) => now.UtcDateTime < deadlineUtc.AddMinutes(1);

    /// <summary>ISO 8601 with the UTC offset in force at the deadline (<c>2026-03-19T23:59:00+00:00</c>).</summary>
    public static string ToIsoWithOffset(OfferDeadline deadline) => IsoWithOffset.Format(ToZoned(deadline).ToOffsetDateTime());

    /// <summary>The offset at the deadline, as people read it (<c>UTC+1</c>, <c>UTC+0</c>).</summary>
    public static string OffsetLabel(OfferDeadline deadline) => OffsetLabel(ToZoned(deadline).Offset);

    /// <summary>An offset as people read it (<c>UTC+1</c>, <c>UTC+0</c>).</summary>
    public static string OffsetLabel(Offset offset) => ThammJobs.Core.Localization.SiteTime.OffsetLabel(offset);
}
