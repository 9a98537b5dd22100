using System.Globalization;
using ThammJobs.Search.Querying;

namespace ThammJobs.Bench;

/// <summary>One query of the mix: a short name for the tables, the request, and its form as a URL of the JSON API.</summary>
internal sealed record BenchQuery(string Name, SearchRequest Request)
{
    public string Url
    {
        get
        {
            var r = Request;
            var parameters = new List<(string Name, string? Value)>
            {
                ("q", r.Query),
                ("culture", r.Culture),
                ("status", r.Status == OfferStatus.Open ? null : r.Status.ToString().ToLowerInvariant()),
                ("sort", r.Sort == SearchSort.Relevance ? null : r.Sort.ToString().ToLowerInvariant()),
                ("contract", r.Contract),
                ("city", r.City),
                ("sector", r.Sector),
                ("country", r.Country),
                ("page", r.Page == 1 ? null : r.Page.ToString(CultureInfo.InvariantCulture)),
                ("pageSize", r.PageSize == 20 ? null : r.PageSize.ToString(CultureInfo.InvariantCulture)),
            };
            var query = string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
            return "/api/search?" + query;
        }
    }
}

/// <summary>
/// The fixed mix of queries, the same in-process and over HTTP: what candidates type on a bilingual job
/// board (accents or not, inclusive writing, the Arabic article or not, phrases, exclusions, a typo), with
/// and without filters and sorts, and empty queries that only filter (every offer of a language matches:
/// the facet counting over all matches is the cost there).
/// </summary>
internal static class QueryMix
{
    public static IReadOnlyList<BenchQuery> All { get; } =
    [
        Fr("fr migration", "migration"),
        Fr("fr mobilité", "mobilité"),
        Fr("fr mobilite (no accent)", "mobilite"),
        Fr("fr travailleuses", "travailleuses"),
        Fr("fr infirmière", "infirmière"),
        Fr("fr infirmiere (no accent)", "infirmiere"),
        Fr("fr \"mobilité circulaire\"", "\"mobilité circulaire\""),
        Fr("fr formation professionnelle", "formation professionnelle"),
        Fr("fr mobilité -Casablanca", "mobilité -Casablanca"),
        Fr("fr ANAPEC", "ANAPEC"),
        Fr("fr Bac+5", "Bac+5"),
        Fr("fr chargé de suivi évaluation", "chargé de suivi évaluation"),
        Fr("fr migrasion (typo)", "migrasion"),
        Fr("fr migration contract=CDD", "migration", r => r with { Contract = "CDD" }),
        Fr("fr mobilité city=Agadir", "mobilité", r => r with { City = "Agadir" }),
        Fr("fr formateur sector=hospitality", "formateur", r => r with { Sector = "hospitality" }),
        Fr("fr expert sort=closing", "expert", r => r with { Sort = SearchSort.Closing }),
        Fr("fr mobilité sort=newest", "mobilité", r => r with { Sort = SearchSort.Newest }),
        Fr("fr migration status=all", "migration", r => r with { Status = OfferStatus.All }),
        Fr("fr migration status=closed", "migration", r => r with { Status = OfferStatus.Closed }),
        Fr("fr migration page=3", "migration", r => r with { Page = 3 }),
        Fr("fr (empty) contract=CDI", null, r => r with { Contract = "CDI" }),
        Fr("fr (empty) sector=agriculture status=all", null, r => r with { Sector = "agriculture", Status = OfferStatus.All }),
        Fr("fr (empty) country=FR", null, r => r with { Country = "FR" }),
        Ar("ar الهجرة", "الهجرة"),
        Ar("ar هجرة (no article)", "هجرة"),
        Ar("ar التنقل المهني", "التنقل المهني"),
        Ar("ar \"التنقل الدائري\"", "\"التنقل الدائري\""),
        Ar("ar ممرض", "ممرض"),
        Ar("ar التكوين -طنجة", "التكوين -طنجة"),
        Ar("ar الفلاحة city=أكادير", "الفلاحة", r => r with { City = "أكادير" }),
        Ar("ar (empty) contract=CDD", null, r => r with { Contract = "CDD" }),
        Ar("ar migration (Latin word)", "migration"),
        Ar("ar الفلاجة (typo)", "الفلاجة"),
    ];

    private static BenchQuery Fr(string name, string? query, Func<SearchRequest, SearchRequest>? filters = null) =>
        new(name, (filters ?? (r => r))(new SearchRequest { Query = query, Culture = "fr" }));

    private static BenchQuery Ar(string name, string? query, Func<SearchRequest, SearchRequest>? filters = null) =>
        new(name, (filters ?? (r => r))(new SearchRequest { Query = query, Culture = "ar" }));
}
