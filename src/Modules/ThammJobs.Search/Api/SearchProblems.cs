using Microsoft.Extensions.Localization;

namespace ThammJobs.Search.Api;

/// <summary>Problem codes from <see cref="Querying.SearchRequestReader"/> as sentences in the user's language.</summary>
internal static class SearchProblems
{
    public static string Describe(IStringLocalizer t, string code)
    {
        var parts = code.Split(':');
        return parts[0] switch
        {
            "range" => t["Problem.range", parts[1], parts[2]],
            "repeated" => t["Problem.repeated"],
            "culture" => t["Problem.culture"],
            _ => t["Problem.value"],
        };
    }
}
