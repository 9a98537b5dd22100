using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Stop words in the form the tokens have when the stop filter sees them. The French list is folded
/// like the tokens (été, même); the Arabic list goes through the same normalisation as the text
/// (stock Lucene removes Arabic stop words before normalising, so إلى typed as الى stayed).
/// </summary>
internal static class StopWords
{
    // "été" is the summer of seasonal jobs as much as a form of "être".
    private static readonly string[] KeptFrenchWords = ["été"];

    public static CharArraySet French { get; } = Build(
        FrenchAnalyzer.DefaultStopSet.Where(word => !KeptFrenchWords.Contains(word)),
        tokens => new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens)));

    public static CharArraySet Arabic { get; } = Build(
        ArabicAnalyzer.DefaultStopSet,
        tokens => new ArabicNormalizationFilter(tokens));

    private static CharArraySet Build(IEnumerable<string> words, Func<TokenStream, TokenStream> normalise)
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 200, ignoreCase: false);
        foreach (var word in words)
        {
            using var reader = CharacterNormalization.Wrap(new StringReader(word));
            using var tokens = normalise(new KeywordTokenizer(reader));
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                set.Add(term.ToString());
            }

            tokens.End();
        }

        return set;
    }
}
