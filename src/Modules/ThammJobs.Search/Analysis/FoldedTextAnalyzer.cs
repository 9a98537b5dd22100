using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Chain of the <see cref="SearchFields.Fuzzy"/> field, both scripts: the same clean-up, inclusive
/// writing and elision as the French chain, lowercase, accent folding, Arabic normalisation and
/// article removal, but no stemming and no stop words, so that a misspelt word is compared with words
/// as written.
/// </summary>
internal sealed class FoldedTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream tokens = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        tokens = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens);
        tokens = new ASCIIFoldingFilter(tokens);
        tokens = new ArabicNormalizationFilter(tokens);
        tokens = new ArabicArticleFilter(tokens);
        return new TokenStreamComponents(source, tokens);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        InclusiveWriting.Wrap(CharacterNormalization.Wrap(reader));
}
