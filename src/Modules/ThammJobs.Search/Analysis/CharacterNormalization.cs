using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Character clean-up shared by every chain, before tokenizing, so that text pasted from Word, PDFs or
/// phones and text typed in the search box end up as the same characters.
/// </summary>
internal static class CharacterNormalization
{
    // Declared before Map: static initialisers run in textual order and Build reads this table.
    private static readonly (char Ligature, string Letters)[] LamAlefLigatures =
    [
        ('\uFEF5', "\u0644\u0622"), ('\uFEF6', "\u0644\u0622"),
        ('\uFEF7', "\u0644\u0623"), ('\uFEF8', "\u0644\u0623"),
        ('\uFEF9', "\u0644\u0625"), ('\uFEFA', "\u0644\u0625"),
        ('\uFEFB', "\u0644\u0627"), ('\uFEFC', "\u0644\u0627"),
    ];

    private static readonly NormalizeCharMap Map = Build();

    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(Map, reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();

        // Bidi marks and joiners are invisible, yet the tokenizer keeps them inside a word: a word carrying
        // one (the site adds a left-to-right mark after "THAMM+" in Arabic) would not match the same word
        // typed without it. A zero-width space, on the contrary, separates words.
        foreach (var c in "\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2060\uFEFF\u00AD")
        {
            builder.Add(c.ToString(), string.Empty);
        }

        builder.Add("\u200B", " ");

        // The colon is a letter joiner for the word tokenizer ("a:b" is one word); here it always separates.
        builder.Add(":", " ");

        foreach (var c in "\u2019\u2018\u02BC\u0060\u00B4\u2032")
        {
            builder.Add(c.ToString(), "'");
        }

        for (var digit = 0; digit <= 9; digit++)
        {
            var latin = ((char)('0' + digit)).ToString();
            builder.Add(((char)('\u0660' + digit)).ToString(), latin);
            builder.Add(((char)('\u06F0' + digit)).ToString(), latin);
        }

        builder.Add("\u066B", ".");
        builder.Add("\u066C", ",");

        // Hamza seats: people write مسؤول and مسئول for the same word; both become a hamza on the line.
        builder.Add("\u0624", "\u0621");
        builder.Add("\u0626", "\u0621");

        builder.Add("\u0671", "\u0627"); // alef wasla
        builder.Add("\u06CC", "\u064A"); // Persian yeh, from Persian keyboards
        builder.Add("\u06A9", "\u0643"); // keheh, same

        // Marks the Arabic normaliser does not know: dagger alef, combining maddah and hamzas, Quranic signs.
        foreach (var c in "\u0670\u0653\u0654\u0655")
        {
            builder.Add(c.ToString(), string.Empty);
        }

        for (var c = '\u06D6'; c <= '\u06ED'; c++)
        {
            if (c is not ('\u06DD' or '\u06DE' or '\u06E5' or '\u06E6' or '\u06E9'))
            {
                builder.Add(c.ToString(), string.Empty);
            }
        }

        AddPresentationForms(builder);
        return builder.Build();
    }

    /// <summary>
    /// Text copied from PDFs often carries Arabic presentation forms (one code point per glyph shape).
    /// Their compatibility decomposition is the plain letter. Under invariant globalization
    /// <see cref="string.Normalize(NormalizationForm)"/> changes nothing, so the lam-alef ligatures, the
    /// most frequent ones, are also listed by hand.
    /// </summary>
    private static void AddPresentationForms(NormalizeCharMap.Builder builder)
    {
        var added = new HashSet<char>();
        foreach (var (ligature, letters) in LamAlefLigatures)
        {
            builder.Add(ligature.ToString(), letters);
            added.Add(ligature);
        }

        for (var c = '\uFB50'; c <= '\uFDFF'; c++)
        {
            AddIfDecomposable(builder, c, added);
        }

        for (var c = '\uFE70'; c <= '\uFEFC'; c++)
        {
            AddIfDecomposable(builder, c, added);
        }
    }

    private static void AddIfDecomposable(NormalizeCharMap.Builder builder, char c, HashSet<char> added)
    {
        if (added.Contains(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
        {
            return;
        }

        var text = c.ToString();
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return;
        }

        // Keep only single-word letter sequences: a ligature of a whole phrase would add spaces.
        if (decomposed != text && decomposed.Length > 0 && decomposed.All(ch => char.IsLetter(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark))
        {
            builder.Add(text, decomposed.Replace('\u0624', '\u0621').Replace('\u0626', '\u0621'));
        }
    }
}
