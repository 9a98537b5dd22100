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
/// Arabic chain: character clean-up (digits, hamza seats, invisible marks) → word tokenizer →
/// lowercase and accent folding for the Latin words Arabic offers quote (ANAPEC, CDD, l'OFII) →
/// Arabic normalisation (tashkeel, tatweel, alefs, ة, ى) → stop words, normalised the same way →
/// <see cref="ArabicLightStemFilter"/> (article, proclitics, suffixes).
/// </summary>
internal sealed class ArabicTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream tokens = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        tokens = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens);
        tokens = new ASCIIFoldingFilter(tokens);
        tokens = new ArabicNormalizationFilter(tokens);
        tokens = new StopFilter(LuceneVersion.LUCENE_48, tokens, StopWords.Arabic);
        tokens = new ArabicLightStemFilter(tokens);
        return new TokenStreamComponents(source, tokens);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        CharacterNormalization.Wrap(reader);
}
