using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Stems Arabic words with <see cref="ArabicLightStemmer"/> and, for a word starting with a possible
/// proclitic, adds the stripped stem at the same position (position increment 0, like a synonym).
/// Indexing وظيفة as {وظيف, ظيف} and بإسبانيا as {باسبانيا, اسبانيا} lets وظيفة, الوظيفة and
/// إسبانيا match without deciding whether the first letter belongs to the word. Other tokens (Latin
/// words, numbers) pass unchanged.
/// </summary>
internal sealed class ArabicLightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly Queue<string> pendingVariants = new();
    private State? savedState;

    public ArabicLightStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pendingVariants.Count > 0)
        {
            RestoreState(savedState);
            term.SetEmpty().Append(pendingVariants.Dequeue());
            positionIncrement.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.Buffer.AsSpan(0, term.Length);
        if (!ArabicLightStemmer.IsArabicWord(word))
        {
            return true;
        }

        var stem = ArabicLightStemmer.Stem(word);
        if (!ArabicLightStemmer.HasArticle(word))
        {
            foreach (var variant in ArabicLightStemmer.ProcliticVariants(word.ToString()))
            {
                var variantStem = ArabicLightStemmer.StripSuffixes(variant);
                if (variantStem != stem && !pendingVariants.Contains(variantStem))
                {
                    pendingVariants.Enqueue(variantStem);
                }
            }
        }

        term.SetEmpty().Append(stem);
        if (pendingVariants.Count > 0)
        {
            savedState = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pendingVariants.Clear();
        savedState = null;
    }
}
