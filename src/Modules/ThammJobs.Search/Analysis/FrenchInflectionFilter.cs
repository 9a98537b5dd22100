using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ThammJobs.Search.Analysis;

/// <summary>Applies <see cref="FrenchInflection"/> to each token; must follow lowercasing and accent folding.</summary>
internal sealed class FrenchInflectionFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public FrenchInflectionFilter(TokenStream input)
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

        term.Length = FrenchInflection.Normalize(term.Buffer, term.Length);
        return true;
    }
}
