using Microsoft.AspNetCore.Http;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Pipeline;

/// <summary>
/// The recruiter's filters, bound from the query string with short French names (the addresses are shared between
/// colleagues). Unknown or malformed values are ignored rather than answered with an error: a filter is a view.
/// </summary>
public sealed class ApplicationFilter
{
    public ApplicationStage? Stage { get; set; }

    /// <summary><c>complet</c> or <c>incomplet</c>.</summary>
    public string? Documents { get; set; }

    /// <summary>Minimum French level.</summary>
    public LanguageLevel? French { get; set; }

    /// <summary>Minimum Arabic level.</summary>
    public LanguageLevel? Arabic { get; set; }

    /// <summary>Minimum years of professional experience declared (0–60); <c>exp</c> in the query string.</summary>
    public int? MinExperience { get; set; }

    /// <summary>Country of residence, ISO code.</summary>
    public string? Country { get; set; }

    /// <summary>Name, e-mail or receipt number.</summary>
    public string? Text { get; set; }

    /// <summary><c>moi</c>: applications whose review was given to me.</summary>
    public string? Reviewer { get; set; }

    /// <summary>Minimum average score (1–5) of the scorecards the person may see; <c>note</c> in the query string.</summary>
    public double? MinScore { get; set; }

    /// <summary><c>recent</c> (default), <c>ancien</c>, <c>nom</c>, <c>pays</c>, <c>experience</c> (most years first), <c>note</c> (best average first).</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>Reads the filters from a query string; a value that does not parse is simply not applied.</summary>
    public static ApplicationFilter From(IQueryCollection query)
    {
        string? Get(string key) => query.TryGetValue(key, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        return new ApplicationFilter
        {
            Stage = Enum.TryParse<ApplicationStage>(Get("etape"), out var stage) && Enum.IsDefined(stage) ? stage : null,
            Documents = Get("dossier") is "complet" or "incomplet" ? Get("dossier") : null,
            French = Enum.TryParse<LanguageLevel>(Get("fr"), out var french) && Enum.IsDefined(french) ? french : null,
            Arabic = Enum.TryParse<LanguageLevel>(Get("ar"), out var arabic) && Enum.IsDefined(arabic) ? arabic : null,
            MinExperience = int.TryParse(Get("exp"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years) && years is >= 0 and <= 60 ? years : null,
            Country = Get("pays") is { Length: 2 } country ? country.ToUpperInvariant() : null,
            Text = Get("q") is { Length: <= 200 } text ? text : null,
            Reviewer = Get("relecteur") == "moi" ? "moi" : null,
            Sort = Sorts.Contains(Get("tri")) ? Get("tri") : null,
            MinScore = double.TryParse(Get("note")?.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5 ? score : null,
            Page = int.TryParse(Get("page"), out var page) && page > 0 ? page : 1,
        };
    }

    public static readonly string[] Sorts = ["recent", "ancien", "nom", "pays", "experience", "note"];

    /// <summary>The query string for these filters, with <paramref name="page"/> and changes applied.</summary>
    public string QueryString(int? page = null, ApplicationStage? stage = null, bool keepStage = true) =>
        string.Join("&", new[]
        {
            (keepStage ? Stage : stage) is { } s ? "etape=" + s : null,
            Documents is "complet" or "incomplet" ? "dossier=" + Documents : null,
            French is { } f ? "fr=" + f : null,
            Arabic is { } a ? "ar=" + a : null,
            MinExperience is { } e ? "exp=" + e.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            string.IsNullOrWhiteSpace(Country) ? null : "pays=" + Uri.EscapeDataString(Country),
            string.IsNullOrWhiteSpace(Text) ? null : "q=" + Uri.EscapeDataString(Text),
            Reviewer == "moi" ? "relecteur=moi" : null,
            Sorts.Contains(Sort) && Sort != "recent" ? "tri=" + Sort : null,
            MinScore is { } min ? "note=" + min.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            page is > 1 ? "page=" + page : null,
        }.Where(p => p is not null));
}
