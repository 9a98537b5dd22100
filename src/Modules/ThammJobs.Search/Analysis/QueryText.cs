using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThammJobs.Search.Analysis;

/// <summary>First pass over what the user typed: length cap, invisible and control characters.</summary>
internal static class QueryText
{
    // Lucene syntax some people know (word~2, word^3): without it the word is found; with it, the
    // tokenizer would make a phrase of the word and the number.
    private static readonly Regex FuzzinessOrBoost = new(
        @"(?<=\S)[~^][0-9]*(?:\.[0-9]+)?(?=\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The text with control characters as spaces, invisible format characters (bidi marks, joiners,
    /// soft hyphens) removed, broken surrogate halves dropped, Lucene fuzziness and boost suffixes
    /// removed, keyword tokens compacted (<c>bac + 5</c> → <c>bac+5</c>), and cut to
    /// <paramref name="maxLength"/> characters, at a space when there is one near the end.
    /// </summary>
    public static string Clean(string? input, int maxLength, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var text = input;
        if (text.Length > maxLength)
        {
            truncated = true;
            text = CutAtWordBoundary(text, maxLength);
        }

        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[++i]);
                continue;
            }

            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                    cleaned.Append(' ');
                    break;
                case UnicodeCategory.Format:
                    // A zero-width space separates words; the other format characters are invisible marks.
                    if (c == '\u200B')
                    {
                        cleaned.Append(' ');
                    }

                    break;
                default:
                    cleaned.Append(c);
                    break;
            }
        }

        return KeywordTokens.Compact(FuzzinessOrBoost.Replace(cleaned.ToString(), string.Empty));
    }

    private static string CutAtWordBoundary(string text, int maxLength)
    {
        var cut = maxLength;
        var space = text.LastIndexOf(' ', maxLength - 1, Math.Min(maxLength, 64));
        if (space > 0)
        {
            cut = space;
        }
        else if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }
}
