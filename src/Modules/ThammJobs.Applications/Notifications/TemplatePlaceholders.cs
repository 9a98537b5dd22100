using System.Text;
using System.Text.RegularExpressions;

namespace ThammJobs.Applications.Notifications;

/// <summary>The values a template may use, what fills them, and the check run when a template is saved.</summary>
public static partial class TemplatePlaceholders
{
    public const string GivenName = "prenom";
    public const string FamilyName = "nom";
    public const string Offer = "offre";
    public const string Number = "numero";
    public const string StatusLink = "lien_statut";
    public const string Reason = "motif";

    /// <summary>Every placeholder, in the order the editor lists them.</summary>
    public static readonly IReadOnlyList<string> All = [GivenName, FamilyName, Offer, Number, StatusLink, Reason];

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Braced();

    /// <summary>Placeholders written in <paramref name="text"/> that the site does not know (<c>{prénom}</c>, <c>{}</c>…).</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        Braced().Matches(text).Select(m => m.Groups[1].Value).Where(name => !All.Contains(name, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Replaces each known placeholder by its value (an empty string when there is none).</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string?> values) =>
        Braced().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value ?? "" : m.Value);

    /// <summary>Stray braces (an opening one never closed) that would be sent as they are.</summary>
    public static bool HasUnbalancedBraces(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth is < 0 or > 1)
            {
                return true;
            }
        }

        return depth != 0;
    }

    /// <summary>Normalises line ends so the stored body is the same whatever browser sent it.</summary>
    public static string CleanBody(string body) => new StringBuilder(body.Trim()).Replace("\r\n", "\n").Replace('\r', '\n').ToString();
}
