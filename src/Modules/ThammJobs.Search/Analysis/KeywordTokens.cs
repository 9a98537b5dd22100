using System.Text.RegularExpressions;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Words the word tokenizer breaks: a name followed by <c>#</c>, <c>++</c>, <c>+</c> or <c>+</c> and a
/// one- or two-digit number (<c>C#</c>, <c>C++</c>, <c>THAMM+</c>, <c>N+1</c>, <c>Bac+5</c>, and
/// <c>Bac + 5</c> spaced). Indexed whole in <see cref="SearchFields.Keywords"/>; the query parser
/// recognises them with the same pattern.
/// </summary>
internal static class KeywordTokens
{
    // Two digits at most after the plus, so "THAMM+ 2026" stays THAMM+ and a year. Spaces around the
    // plus only for Bac, the one name people space out: "expérience +5 ans" is not a name.
    public static Regex Pattern { get; } = new(
        @"(?<![\p{L}\p{N}+#])(?:(?i:bac)\s?\+\s?\p{N}{1,2}(?!\p{N})|\p{L}[\p{L}\p{N}]*(?:#|\+\+|\+\p{N}{1,2}(?!\p{N})|\+))(?![\p{L}\p{N}+#])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The text with each keyword token written without inner spaces (<c>Bac + 5</c> → <c>Bac+5</c>).</summary>
    public static string Compact(string text) =>
        Pattern.Replace(text, match => Whitespace.Replace(match.Value, string.Empty));

    /// <summary>Regex that removes inner spaces, for the analyzer.</summary>
    public static Regex InnerWhitespace => Whitespace;
}
