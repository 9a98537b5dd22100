using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ThammJobs.Search.Analysis;

/// <summary>Runs an analyzer over a piece of query text, keeping positions (for phrases) and stacked terms.</summary>
internal static class TextAnalysis
{
    /// <summary>
    /// The positions of <paramref name="text"/>, the first numbered 0; gaps left by stop words are kept
    /// so a phrase matches the indexed text, which has the same gaps. Positions past
    /// <paramref name="maxPositions"/> are dropped.
    /// </summary>
    public static IReadOnlyList<AnalyzedPosition> Analyze(Analyzer analyzer, string field, string text, int maxPositions = int.MaxValue)
    {
        var positions = new List<AnalyzedPosition>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return positions;
        }

        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();

        var position = -1;
        List<string>? terms = null;

        // The stream is read to its end even past the limit: the analyzer reuses it on this thread and
        // expects every stream to be consumed and ended.
        while (tokens.IncrementToken())
        {
            var value = term.ToString();
            if (terms is not null && increment.PositionIncrement == 0)
            {
                if (!terms.Contains(value))
                {
                    terms.Add(value);
                }

                continue;
            }

            position += Math.Max(1, increment.PositionIncrement);
            if (positions.Count >= maxPositions)
            {
                terms = [];
                continue;
            }

            terms = [value];
            positions.Add(new AnalyzedPosition(position, terms));
        }

        tokens.End();
        return Renumber(positions);
    }

    private static List<AnalyzedPosition> Renumber(List<AnalyzedPosition> positions)
    {
        if (positions.Count == 0 || positions[0].Position == 0)
        {
            return positions;
        }

        var first = positions[0].Position;
        return positions.ConvertAll(p => p with { Position = p.Position - first });
    }
}
