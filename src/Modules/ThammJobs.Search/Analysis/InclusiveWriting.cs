using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Pattern;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// French inclusive writing (<c>travailleur.ses</c>, <c>travailleur·se·s</c>, <c>Expert.e</c>,
/// <c>saisonnier·es</c>, <c>candidat(e)s</c>, <c>infirmier/ère</c>, <c>chargé-e</c>) reduced to the
/// base word before tokenizing. The tokenizer keeps <c>.</c> and <c>·</c> between letters inside one
/// word, so <c>travailleur.ses</c> would otherwise be a word nobody types. The base word is the
/// masculine form; <see cref="FrenchInflection"/> brings the feminine and plural forms a candidate
/// types (<c>travailleuses</c>, <c>experte</c>, <c>saisonnières</c>) back to the same word.
/// </summary>
internal static class InclusiveWriting
{
    // Only suffixes of inclusive writing: a full stop between two words ("France.Le") only loses a
    // stop word, never a real word.
    private const string Suffix = "(?:e|es|se|ses|euse|euses|rice|rices|trice|trices|ne|nes|le|les|[eè]re|[eè]res|ve|ves|te|tes)";
    private const string Separator = "[.·•‧∙⋅/]";

    // Lucene.Net's PatternReplaceCharFilter applies the pattern again to the matched text alone, so a
    // look-ahead would never match there: the letter before and the character after are captured and
    // written back instead.
    private static readonly Regex Pattern = new(
        $@"(\p{{L}})(?:{Separator}{Suffix}(?:{Separator}s)?|-es?(?:-s)?|\({Suffix}\)s?)([^\p{{L}}\p{{N}}]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static TextReader Wrap(TextReader reader) => new PatternReplaceCharFilter(Pattern, "$1$2", reader);
}
