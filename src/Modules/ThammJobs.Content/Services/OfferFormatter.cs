using Microsoft.Extensions.Localization;
using ThammJobs.Content.Models;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Services;

/// <summary>How offer facts read in the current language: dates, deadline with its zone, codes, plurals.</summary>
public sealed class OfferFormatter(IStringLocalizer<ContentStrings> t)
{
    private static string Culture => SiteCultures.Current;

    public string Date(DateOnly date)
    {
        var text = date.ToString(t["Date.Pattern"], SiteCultures.Formatting(Culture));

        // French writes the first day of a month as an ordinal: "1er avril 2026".
        return Culture == SiteCultures.French && date.Day == 1 ? "1er" + text[1..] : text;
    }

    /// <summary>"19 mars 2026 à 23:59, heure du Maroc (Africa/Casablanca, UTC+0)".</summary>
    public string Deadline(OfferDeadline deadline)
    {
        var zoned = OfferDeadlines.ToZoned(deadline);
        var local = zoned.LocalDateTime;
        var zoneName = t["Zone." + deadline.TimeZone];
        return t["Deadline.Format",
            Date(new DateOnly(local.Year, local.Month, local.Day)),
            local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            zoneName.ResourceNotFound ? deadline.TimeZone : zoneName.Value,
            deadline.TimeZone,
            OfferDeadlines.OffsetLabel(deadline)];
    }

    /// <summary>Just the local date of the deadline, for lists.</summary>
    public string DeadlineDate(OfferDeadline deadline)
    {
        var local = OfferDeadlines.ToZoned(deadline).LocalDateTime;
        return Date(new DateOnly(local.Year, local.Month, local.Day));
    }

    public string Years(int years) => years switch
    {
        1 => t["Years.One"],
        2 => t["Years.Two"],
        >= 3 and <= 10 => t["Years.Few", years],
        _ => t["Years.Many", years],
    };

    /// <summary>"Trois références professionnelles…": the seed's wording, with the count in words.</summary>
    public string References(int count) => count switch
    {
        1 => t["Doc.References.1"],
        2 => t["Doc.References.2"],
        _ => t["Doc.References.N", Label("Count." + count, count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
    };

    public string Contract(string code) => Label("Contract." + code, code);

    public string Sector(string code) => Label("Sector." + code, code);

    public string Language(string code) => Label("Language." + code, code);

    public string List(IEnumerable<string> items) => string.Join(t["ListSeparator"].Value, items);

    public string Share(int percent) => t["Share.Short", percent];

    private string Label(string key, string fallback)
    {
        var text = t[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
