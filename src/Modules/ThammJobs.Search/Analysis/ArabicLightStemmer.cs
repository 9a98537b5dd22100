namespace ThammJobs.Search.Analysis;

/// <summary>
/// Light stemming of normalised Arabic words (after <c>ArabicNormalizationFilter</c>: ة is ه, ى is ي,
/// alefs are bare). Replaces Lucene's <c>ArabicStemmer</c>, which strips a lone و blindly (وظيفة then
/// misses الوظيفة), never strips ب or ل, and cuts suffixes down to two letters (مكون → مك).
/// The definite article is removed outright; a single proclitic without article is ambiguous (و is the
/// first letter of وظيفة, ب of بحث), so <see cref="ProcliticVariants"/> offers the stripped form as an
/// extra term at the same position instead of replacing the word.
/// </summary>
internal static class ArabicLightStemmer
{
    private const char Alef = '\u0627';
    private const char Lam = '\u0644';
    private const char Waw = '\u0648';
    private const char Feh = '\u0641';
    private const char Beh = '\u0628';
    private const char Kaf = '\u0643';

    // Longest first. A proclitic before the article needs three letters left (والده stays whole),
    // the bare article two (الطب → طب).
    private static readonly string[] ArticleForms =
    [
        "\u0648\u0628\u0627\u0644", // وبال
        "\u0641\u0628\u0627\u0644", // فبال
        "\u0648\u0643\u0627\u0644", // وكال
        "\u0641\u0643\u0627\u0644", // فكال
        "\u0648\u0644\u0644",       // ولل
        "\u0641\u0644\u0644",       // فلل
        "\u0648\u0627\u0644",       // وال
        "\u0641\u0627\u0644",       // فال
        "\u0628\u0627\u0644",       // بال
        "\u0643\u0627\u0644",       // كال
        "\u0644\u0644",             // لل
        "\u0627\u0644",             // ال
    ];

    // Applied in this order, each at most once, like Lucene's light stemmer (مغربيات → مغربي → مغرب).
    private static readonly (string Suffix, int MinimumStem)[] Suffixes =
    [
        ("\u0647\u0627", 3), // ها
        ("\u0627\u0646", 4), // ان: dual, but also the end of عنوان, تطوان
        ("\u0627\u062A", 3), // ات
        ("\u0648\u0646", 3), // ون
        ("\u064A\u0646", 3), // ين
        ("\u064A\u0647", 3), // يه (ية)
        ("\u0647", 3),       // ه (ة)
        ("\u064A", 3),       // ي
    ];

    /// <summary>True when every character is an Arabic letter, i.e. the word is for this stemmer.</summary>
    public static bool IsArabicWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!QueryLanguage.IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word without its definite article (and the proclitics before it), if it has one.</summary>
    public static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> word)
    {
        foreach (var form in ArticleForms)
        {
            var minimumStem = form.Length == 2 && form[0] == Alef ? 2 : 3;
            if (word.Length - form.Length >= minimumStem && word.StartsWith(form, StringComparison.Ordinal))
            {
                return word[form.Length..];
            }
        }

        return word;
    }

    /// <summary>True when <see cref="StripArticle"/> would remove something.</summary>
    public static bool HasArticle(ReadOnlySpan<char> word) => StripArticle(word).Length != word.Length;

    /// <summary>
    /// The word without a leading conjunction or preposition (و ف ب ك ل, or و/ف followed by ب ك ل),
    /// for a word that has no article: بإسبانيا → اسبانيا, وفرنسا → فرنسا, وبالرباط is handled by the
    /// article. Empty when the word does not start with one or would become too short. A remainder
    /// starting with ال is not offered: a real article would have been removed already, so it is the
    /// word's own letters (والدة).
    /// </summary>
    public static IEnumerable<string> ProcliticVariants(string word)
    {
        if (word.Length - 1 < 3 || !IsProclitic(word[0]) || StartsWithAlefLam(word, 1))
        {
            yield break;
        }

        yield return word[1..];

        if (word.Length - 2 >= 4 && word[0] is Waw or Feh && word[1] is Beh or Kaf or Lam && !StartsWithAlefLam(word, 2))
        {
            yield return word[2..];
        }
    }

    /// <summary>The stem: the word without its article and its inflection suffixes.</summary>
    public static string Stem(ReadOnlySpan<char> word) => StripSuffixes(StripArticle(word));

    /// <summary>The word without its inflection suffixes (plural, dual, feminine, nisba, pronoun ها).</summary>
    public static string StripSuffixes(ReadOnlySpan<char> word)
    {
        foreach (var (suffix, minimumStem) in Suffixes)
        {
            if (word.Length - suffix.Length >= minimumStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
            }
        }

        return word.ToString();
    }

    private static bool IsProclitic(char c) => c is Waw or Feh or Beh or Kaf or Lam;

    private static bool StartsWithAlefLam(string word, int index) =>
        word.Length > index + 1 && word[index] == Alef && word[index + 1] == Lam;
}
