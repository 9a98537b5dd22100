using System.Globalization;
using System.Text.Json;

namespace ThammJobs.Applications.Services;

/// <summary>ISO 3166 countries with their French and Arabic names (Reference/countries.json), Morocco and France first.</summary>
public static class Countries
{
    private static readonly IReadOnlyList<Country> All = Load();
    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static string Name(string code, string culture) => ByCode.TryGetValue(code, out var country) ? country.Name(culture) : code;

    /// <summary>The list for a select box: the programme's two countries first, then the rest in the language's order.</summary>
    public static IEnumerable<Country> ForSelect(string culture)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.IgnoreCase);
        var first = new[] { "MA", "FR" };
        return first.Select(c => ByCode[c]).Concat(All.Where(c => !first.Contains(c.Code)).OrderBy(c => c.Name(culture), comparer));
    }

    private static List<Country> Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("ThammJobs.Applications.countries.json")
            ?? throw new InvalidOperationException("countries.json is not embedded.");
        return JsonSerializer.Deserialize<List<Country>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }
}

public sealed record Country(string Code, string Fr, string Ar)
{
    public string Name(string culture) => culture == "ar" ? Ar : Fr;
}
