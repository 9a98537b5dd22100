using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Querying;

/// <summary>
/// "Did you mean": each query word unknown to the index is replaced by the closest indexed word of the
/// unstemmed field (fewest edits, then most frequent). Lucene.Net.Suggest is not available here; Lucene's
/// own fuzzy term enumeration does the work.
/// </summary>
internal sealed class SpellingSuggester
{
    private const int MaxWords = 8;

    /// <param name="words">The query's required words, folded and unstemmed (<c>UserQuery.Terms</c>).</param>
    /// <param name="offers">The language of the offers searched: words are suggested from theirs.</param>
    public string? Suggest(IndexReader reader, IReadOnlyList<string> words, SearchLanguage offers)
    {
        var field = DocumentFields.Of(SearchFields.Fuzzy, offers);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || words.Count == 0)
        {
            return null;
        }

        var changed = false;
        var suggestion = new List<string>(words.Count);
        foreach (var word in words.Take(MaxWords))
        {
            var replacement = reader.DocFreq(new Term(field, word)) > 0 ? word : Closest(terms, field, word) ?? word;
            changed |= replacement != word;
            suggestion.Add(replacement);
        }

        return changed ? string.Join(' ', suggestion) : null;
    }

    private static string? Closest(Terms terms, string field, string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var maxEdits = word.Length <= 5 ? 1 : 2;
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), maxEdits, 1, true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        while (candidates.MoveNext())
        {
            var candidate = candidates.Term.Utf8ToString();
            var distance = Distance(word, candidate);
            var frequency = candidates.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment) distance, on short words only.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
