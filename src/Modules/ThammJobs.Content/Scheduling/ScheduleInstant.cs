using NodaTime;
using NodaTime.Text;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Scheduling;

/// <summary>
/// A publication instant as an editor types it: a date, a time and an IANA zone (Morocco by default). Refuses what
/// cannot be meant: an unreadable date, an unknown zone, a local time the clocks skip (spring forward, the end of
/// Ramadan in Morocco) and an instant already past. A local time that happens twice (clocks going back) is read as
/// the first of the two, the earlier publication.
/// </summary>
public sealed record ScheduleInstant(DateTime Utc, string Local, string TimeZone, Offset Offset)
{
    public const string DefaultZone = "Africa/Casablanca";

    /// <summary>The zones offered in the form; the editor's own is usually Morocco's or France's.</summary>
    public static readonly IReadOnlyList<string> Zones = [DefaultZone, "Europe/Paris", "UTC"];

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>The instant, or the key of the message that says what is wrong (<c>Schedule.Error.…</c>).</summary>
    public static (ScheduleInstant? Instant, string? Error) Parse(string? date, string? time, string? zoneId, DateTimeOffset now)
    {
        var zone = Zones.Contains(zoneId ?? "", StringComparer.Ordinal) ? OfferDeadlines.FindZone(zoneId) : null;
        if (zone is null)
        {
            return (null, "Schedule.Error.Zone");
        }

        var parsedDate = DatePattern.Parse(date?.Trim() ?? "");
        var parsedTime = TimePattern.Parse(time?.Trim() ?? "");
        if (!parsedDate.Success || !parsedTime.Success)
        {
            return (null, "Schedule.Error.Invalid");
        }

        var local = parsedDate.Value + parsedTime.Value;
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            return (null, "Schedule.Error.Nonexistent");
        }

        var zoned = mapping.First();
        if (zoned.ToInstant() <= Instant.FromDateTimeOffset(now))
        {
            return (null, "Schedule.Error.Past");
        }

        var text = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Format(local);
        return (new ScheduleInstant(zoned.ToDateTimeUtc(), text, zone.Id, zoned.Offset), null);
    }

    /// <summary>The zone's offset at <paramref name="utc"/> as people read it (<c>UTC+1</c>).</summary>
    public static string OffsetLabel(string zoneId, DateTime utc) =>
        OfferDeadlines.FindZone(zoneId) is { } zone ? OfferDeadlines.OffsetLabel(zone.GetUtcOffset(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)))) : "";
}
