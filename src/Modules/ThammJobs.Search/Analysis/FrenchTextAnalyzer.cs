using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// French chain: character clean-up and inclusive writing → word tokenizer → Arabic tokens dropped →
/// elision (l', d', qu', straight or curly apostrophe) → lowercase → accent folding → stop words →
/// <see cref="FrenchInflection"/>. Folding comes before the inflection rules on purpose, so that
/// infirmiere, infirmière and infirmier all end as infirmier.
/// </summary>
internal sealed class FrenchTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream tokens = new ArabicTokenRemovalFilter(source);
        tokens = new ElisionFilter(tokens, FrenchAnalyzer.DEFAULT_ARTICLES);
        tokens = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens);
        tokens = new ASCIIFoldingFilter(tokens);
        tokens = new StopFilter(LuceneVersion.LUCENE_48, tokens, StopWords.French);
        tokens = new FrenchInflectionFilter(tokens);
        return new TokenStreamComponents(source, tokens);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        InclusiveWriting.Wrap(CharacterNormalization.Wrap(reader));
}
