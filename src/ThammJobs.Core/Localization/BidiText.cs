using System.Text.RegularExpressions;

namespace ThammJobs.Core.Localization;

/// <summary>
/// In Arabic text, a Latin name ending in a neutral sign ("THAMM+", "C#", "Bac+5" is fine) is displayed
/// with the sign on the wrong side ("+THAMM"): the bidi algorithm gives the sign the paragraph's direction.
/// A left-to-right mark after the sign binds it to the Latin word. Text without Arabic is left untouched.
/// </summary>
public static partial class BidiText
{
    private const char LeftToRightMark = '\u200E';

    public static string Fix(string? text)
    {
        if (string.IsNullOrEmpty(text) || !ArabicLetter().IsMatch(text))
        {
            return text ?? "";
        }

        return LatinWordEndingInSign().Replace(text, m => m.Value + LeftToRightMark);
    }

    /// <summary>
    /// Removes the marks <see cref="Fix"/> adds. Editors show Arabic fields fixed (a form field has the same bidi
    /// problem as a page, and no CSS can move a neutral sign at the end of a line), and read them back with this,
    /// so what is stored stays the text as typed and the public pages add the mark again.
    /// </summary>
    public static string Unfix(string? text) =>
        string.IsNullOrEmpty(text) || text.IndexOf(LeftToRightMark) < 0 ? text ?? "" : MarkAfterLatinSign().Replace(text, "");

    [GeneratedRegex(@"(?<=[A-Za-z0-9][+#]+)\u200E")]
    private static partial Regex MarkAfterLatinSign();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();

    // A Latin letter or digit followed by + or #, not already followed by a mark or more Latin.
    [GeneratedRegex(@"(?<=[A-Za-z0-9])[+#]+(?![A-Za-z0-9\u200E])")]
    private static partial Regex LatinWordEndingInSign();
}
