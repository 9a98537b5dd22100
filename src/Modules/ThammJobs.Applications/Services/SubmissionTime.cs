using NodaTime;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Services;

/// <summary>An instant shown in the offer's time zone with its offset, like the deadline (UTC when the zone is unknown).</summary>
public static class SubmissionTime
{
    public static string Format(DateTime utc, string? timeZone, string culture)
    {
        var format = SiteCultures.Formatting(culture);
        var zone = OfferDeadlines.FindZone(timeZone);
        if (zone is null)
        {
            return utc.ToString("d MMMM yyyy, HH:mm 'UTC'", format);
        }

        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone);
        return local.ToDateTimeUnspecified().ToString("d MMMM yyyy, HH:mm", format) + " (" + OfferDeadlines.OffsetLabel(local.Offset) + ")";
    }
}
