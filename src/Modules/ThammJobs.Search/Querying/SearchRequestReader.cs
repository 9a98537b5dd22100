using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ThammJobs.Core.Localization;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Reads a search request from a query string. Every problem is reported against its parameter; a value
/// that cannot be understood is never guessed at silently.
/// </summary>
public static class SearchRequestReader
{
    public static SearchRequest Read(IQueryCollection query, string? cultureOverride, out Dictionary<string, string> problems)
    {
        problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var culture = cultureOverride ?? Single(query, "culture", problems) ?? SiteCultures.Default;
        if (!SiteCultures.IsSupported(culture))
        {
            problems["culture"] = "culture";
            culture = SiteCultures.Default;
        }

        return new SearchRequest
        {
            Query = Single(query, "q", problems),
            Culture = culture,
            Country = Single(query, "country", problems),
            City = Single(query, "city", problems),
            Contract = Single(query, "contract", problems),
            Sector = Single(query, "sector", problems),
            Project = Single(query, "project", problems),
            Status = Enum(query, "status", OfferStatus.Open, problems),
            Sort = Enum(query, "sort", SearchSort.Relevance, problems),
            Page = Number(query, "page", 1, 1, 1000, problems),
            PageSize = Number(query, "pageSize", 20, 1, SearchRequest.MaxPageSize, problems),
        };
    }

    private static string? Single(IQueryCollection query, string name, Dictionary<string, string> problems)
    {
        if (!query.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            problems[name] = "repeated";
            return values[0];
        }

        var value = values[0]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static T Enum<T>(IQueryCollection query, string name, T fallback, Dictionary<string, string> problems) where T : struct, System.Enum
    {
        var text = Single(query, name, problems);
        if (text is null)
        {
            return fallback;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        problems[name] = "value";
        return fallback;
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string> problems)
    {
        var text = Single(query, name, problems);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems[name] = $"range:{min}:{max}";
        return fallback;
    }
}
