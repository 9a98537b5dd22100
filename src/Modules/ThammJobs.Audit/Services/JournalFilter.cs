using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Audit.Models;
using ThammJobs.Core.Localization;

namespace ThammJobs.Audit.Services;

/// <summary>
/// The journal's filters as typed in the address (all optional): category, actor, subject, a date range in
/// Moroccan days (<c>yyyy-MM-dd</c>), and the page. Malformed values are reported, never guessed.
/// </summary>
public sealed class JournalFilter
{
    public const int PageSize = 50;

    public string? Category { get; init; }
    public string? Actor { get; init; }
    public string? Subject { get; init; }

    /// <summary>An offer's translation set: the applications' lines name the offer in their details.</summary>
    public string? Offer { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Keys of the messages for the values that could not be read.</summary>
    public List<string> Problems { get; } = [];

    public static JournalFilter Parse(string? category, string? actor, string? subject, string? from, string? to, string? page) =>
        Parse(category, actor, subject, from, to, page, null);

    public static JournalFilter Parse(string? category, string? actor, string? subject, string? from, string? to, string? page, string? offer)
    {
        var problems = new List<string>();
        var filter = new JournalFilter
        {
            Category = Clean(category),
            Actor = Clean(actor),
            Subject = Clean(subject),
            Offer = Clean(offer),
            From = Day(from, "Journal.BadFrom", problems),
            To = Day(to, "Journal.BadTo", problems),
            Page = Clean(page) is { } p ? int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : Bad(problems, "Journal.BadPage") : 1,
        };
        if (filter.From > filter.To)
        {
            problems.Add("Journal.BadRange");
        }

        filter.Problems.AddRange(problems);
        return filter;
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (Category is not null)
        {
            entries = entries.Where(e => e.Category == Category);
        }

        if (Actor is not null)
        {
            entries = entries.Where(e => e.Actor == Actor);
        }

        if (Subject is not null)
        {
            entries = entries.Where(e => e.SubjectId == Subject);
        }

        if (Offer is not null)
        {
            // As AuditTrail writes it (web JSON, unescaped): {"field":"offer","before":null,"after":"<set>"}.
            var marker = "{\"field\":\"offer\",\"before\":null,\"after\":\"" + Offer + "\"}";
            entries = entries.Where(e => e.Details != null && e.Details.Contains(marker));
        }

        if (From is { } from)
        {
            var start = SiteTime.StartOfDayUtc(from);
            entries = entries.Where(e => e.CreatedUtc >= start);
        }

        if (To is { } to)
        {
            // Up to the end of that day in Morocco: the start of the next one.
            var end = SiteTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.CreatedUtc < end);
        }

        return entries;
    }

    /// <summary>The query string of these filters on another page.</summary>
    public string QueryFor(int page)
    {
        var parts = new List<string>();
        Add("categorie", Category);
        Add("acteur", Actor);
        Add("sujet", Subject);
        Add("offre", Offer);
        Add("du", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("au", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? text, string problem, List<string> problems)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add(problem);
        return null;
    }

    private static int Bad(List<string> problems, string problem)
    {
        problems.Add(problem);
        return 1;
    }
}
