using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Removes the Arabic definite article (with the proclitics before it) and nothing else: for the
/// unstemmed <see cref="SearchFields.Fuzzy"/> field, where المهندس must stay one edit away from a
/// misspelt مهتدس.
/// </summary>
internal sealed class ArabicArticleFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public ArabicArticleFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.Buffer.AsSpan(0, term.Length);
        if (ArabicLightStemmer.IsArabicWord(word) && ArabicLightStemmer.HasArticle(word))
        {
            var stripped = ArabicLightStemmer.StripArticle(word).ToString();
            term.SetEmpty().Append(stripped);
        }

        return true;
    }
}
