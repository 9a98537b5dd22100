using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Util;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Chain of the <see cref="SearchFields.Keywords"/> field: only the <see cref="KeywordTokens"/> of the
/// text, without inner spaces, lowercased and folded (<c>THAMM+</c> → <c>thamm+</c>,
/// <c>Bac + 5</c> → <c>bac+5</c>).
/// </summary>
internal sealed class KeywordTokenAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new PatternTokenizer(reader, KeywordTokens.Pattern, group: 0);
        TokenStream tokens = new PatternReplaceFilter(source, KeywordTokens.InnerWhitespace, string.Empty, all: true);
        tokens = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens);
        tokens = new ASCIIFoldingFilter(tokens);
        return new TokenStreamComponents(source, tokens);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        CharacterNormalization.Wrap(reader);
}
