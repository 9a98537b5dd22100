namespace ThammJobs.Search.Analysis;

/// <summary>
/// Routing by script. Arabic words are searched in the Arabic fields only; Latin words and numbers in
/// the French fields and in the Arabic fields too, because Arabic offers quote ANAPEC, CDD or OFPPT
/// in Latin letters. Each language is then analysed and parsed on its own: one parser over both sets
/// of fields turned French stop words into required terms of the Arabic fields.
/// </summary>
internal static class QueryLanguage
{
    private static readonly SearchLanguage[] ArabicOnly = [SearchLanguage.Arabic];
    private static readonly SearchLanguage[] FrenchThenArabic = [SearchLanguage.French, SearchLanguage.Arabic];

    /// <summary>
    /// An Arabic-script letter or mark (tashkeel, tatweel), including presentation forms; not the
    /// Arabic-Indic digits, which mean the same as Latin digits, nor Arabic punctuation.
    /// </summary>
    public static bool IsArabicLetter(char c)
    {
        var inArabicBlock = c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F')
            or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
        if (!inArabicBlock)
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return char.IsLetter(c) || category is System.Globalization.UnicodeCategory.NonSpacingMark;
    }

    /// <summary>Arabic if any Arabic letter, Latin if any other letter or digit, else nothing to search.</summary>
    public static TextScript ScriptOf(ReadOnlySpan<char> text)
    {
        var script = TextScript.None;
        foreach (var c in text)
        {
            if (IsArabicLetter(c))
            {
                return TextScript.Arabic;
            }

            if (char.IsLetterOrDigit(c))
            {
                script = TextScript.Latin;
            }
        }

        return script;
    }

    /// <summary>The languages whose fields a word in this script is looked for in, the main one first.</summary>
    public static IReadOnlyList<SearchLanguage> LanguagesFor(TextScript script) => script switch
    {
        TextScript.Arabic => ArabicOnly,
        TextScript.Latin => FrenchThenArabic,
        _ => [],
    };

    /// <summary>The language a text in this script is written in, for its own analysis.</summary>
    public static SearchLanguage LanguageOf(TextScript script) =>
        script == TextScript.Arabic ? SearchLanguage.Arabic : SearchLanguage.French;

    /// <summary>
    /// Splits a word typed without a space between scripts (<c>CDDبالرباط</c>) into runs of one script,
    /// so each run is routed on its own. Punctuation and digits stay with the non-Arabic runs.
    /// </summary>
    public static IEnumerable<string> SplitByScript(string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (IsArabicLetter(word[i]) != IsArabicLetter(word[i - 1]))
            {
                yield return word[start..i];
                start = i;
            }
        }

        if (start < word.Length)
        {
            yield return word[start..];
        }
    }
}
