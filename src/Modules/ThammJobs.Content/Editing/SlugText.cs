using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThammJobs.Content.Editing;

/// <summary>Slugs as recipes write them: lower-case ASCII letters, digits and single dashes.</summary>
public static partial class SlugText
{
    public static bool IsValid(string slug) => slug.Length <= 120 && Pattern().IsMatch(slug);

    /// <summary>"Expert.e Migration nationale" → "expert-e-migration-nationale"; Arabic letters give nothing.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c is 'œ' or 'Œ' ? 'o' : c);
            builder.Append(char.IsAsciiLetterOrDigit(lower) ? lower : '-');
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
