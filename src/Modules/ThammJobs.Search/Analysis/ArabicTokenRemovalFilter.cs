using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Drops Arabic-script tokens from the French chain: the French rules were never meant for them (the
/// stock French stemmer turns ممرضة into مرضة). Arabic text quoted in a French offer is indexed in the
/// Arabic fields instead (see <see cref="SearchTextFields"/>).
/// </summary>
internal sealed class ArabicTokenRemovalFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute term;

    public ArabicTokenRemovalFilter(TokenStream input)
        : base(LuceneVersion.LUCENE_48, input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept()
    {
        foreach (var c in term.Buffer.AsSpan(0, term.Length))
        {
            if (QueryLanguage.IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
