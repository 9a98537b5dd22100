namespace ThammJobs.Search.Analysis;

/// <summary>
/// Splits cleaned query text into words and quoted phrases, with their exclusion marks. Nothing here
/// can fail: a quote without its partner is ignored, operators are taken as people mean them.
/// </summary>
internal static class QueryLexer
{
    // Straight, curly and French quotes: phones type “ ”, French keyboards « ».
    private const string Quotes = "\"“”„‟«»＂";

    // Punctuation that ends a word even without a space after it ("infirmière,Casablanca"), Latin and
    // Arabic. Not . / ( ) - ' which join the parts of one word (Expert.e, infirmier/ère, candidat(e)s).
    private const string Separators = ",;:!?[]{}\u060C\u061B\u061F";

    /// <summary>
    /// Words and phrases in typed order. <c>-word</c>, <c>-"phrase"</c> and <c>NOT word</c> exclude;
    /// a leading <c>+</c> changes nothing (every word is required anyway); <c>AND</c>, <c>OR</c>,
    /// <c>&amp;&amp;</c>, <c>||</c> are dropped (every word is required; alternatives are not supported).
    /// </summary>
    public static List<QueryUnit> Split(string text)
    {
        var units = new List<QueryUnit>();
        var excludeNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            var excluded = excludeNext;
            excludeNext = false;
            while (i < text.Length && text[i] is '-' or '+' or '\u2212')
            {
                excluded |= text[i] != '+';
                i++;
            }

            if (i < text.Length && IsQuote(text[i]))
            {
                var close = IndexOfQuote(text, i + 1);
                if (close > 0)
                {
                    units.Add(new QueryUnit(text[(i + 1)..close], IsPhrase: true, excluded));
                    i = close + 1;
                    continue;
                }

                // An unbalanced quote: read what follows as plain words.
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSeparator(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            switch (word)
            {
                case "":
                    break;
                case "AND" or "OR" or "&&" or "||":
                    break;
                case "NOT":
                    excludeNext = true;
                    break;
                default:
                    units.Add(new QueryUnit(word, IsPhrase: false, excluded));
                    break;
            }
        }

        return units;
    }

    private static bool IsQuote(char c) => Quotes.Contains(c, StringComparison.Ordinal);

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || Separators.Contains(c, StringComparison.Ordinal);

    private static int IndexOfQuote(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsQuote(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
