using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Turns a typed word or phrase into <see cref="QueryPart"/>s: keyword tokens first (C#, THAMM+),
/// then the rest routed by script, each language analysed with its own chain.
/// </summary>
internal static class QueryPartBuilder
{
    /// <summary>Positions kept of one phrase or word: no one means a longer phrase.</summary>
    public const int MaxPhrasePositions = 16;

    public static IEnumerable<QueryPart> Build(QueryUnit unit)
    {
        foreach (var keyword in KeywordParts(unit))
        {
            yield return keyword;
        }

        var rest = KeywordTokens.Pattern.Replace(unit.Text, " ");
        if (unit.IsPhrase)
        {
            var phrase = Create(rest, QueryPartKind.Phrase, unit.IsExcluded);
            if (phrase is not null)
            {
                yield return phrase;
            }

            yield break;
        }

        foreach (var run in QueryLanguage.SplitByScript(rest))
        {
            var word = Create(run, QueryPartKind.Word, unit.IsExcluded);
            if (word is not null)
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<QueryPart> KeywordParts(QueryUnit unit)
    {
        foreach (Match match in KeywordTokens.Pattern.Matches(unit.Text))
        {
            var analysed = TextAnalysis.Analyze(SearchAnalyzers.Keywords, SearchFields.Keywords, match.Value);
            if (analysed.Count == 0)
            {
                continue;
            }

            var keyword = analysed[0].Primary;
            yield return new QueryPart
            {
                Text = match.Value,
                Kind = QueryPartKind.Keyword,
                Script = QueryLanguage.ScriptOf(match.Value),
                IsExcluded = unit.IsExcluded,
                NormalizedTerms = [keyword],
                Query = new TermQuery(new Term(SearchFields.Keywords, keyword)),
                SourcePositions = [],
            };
        }
    }

    private static QueryPart? Create(string text, QueryPartKind kind, bool excluded)
    {
        var script = QueryLanguage.ScriptOf(text);
        if (script == TextScript.None)
        {
            return null;
        }

        var ownLanguage = QueryLanguage.LanguageOf(script);
        IReadOnlyList<AnalyzedPosition> own = [];
        var queries = new List<Query?>();
        foreach (var language in QueryLanguage.LanguagesFor(script))
        {
            var positions = TextAnalysis.Analyze(SearchAnalyzers.For(language), SearchFields.Body(language), text, MaxPhrasePositions);
            if (language == ownLanguage)
            {
                // Decided by the text's own language: a French stop word is not searched in Arabic
                // fields either (a Latin word is looked for there only as a possible quote).
                if (positions.Count == 0)
                {
                    return null;
                }

                own = positions;
            }

            queries.Add(FieldQueries.InLanguage(language, positions));
        }

        return new QueryPart
        {
            Text = text.Trim(),
            Kind = kind,
            Script = script,
            IsExcluded = excluded,
            NormalizedTerms = NormalizedTerms(text, ownLanguage),
            Query = FieldQueries.AnyOf(queries)!,
            SourcePositions = own,
        };
    }

    /// <summary>The folded form of each word the language keeps (stop words out), for the fuzzy field.</summary>
    private static List<string> NormalizedTerms(string text, SearchLanguage language)
    {
        var terms = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxPhrasePositions))
        {
            if (TextAnalysis.Analyze(SearchAnalyzers.For(language), SearchFields.Body(language), word).Count == 0)
            {
                continue;
            }

            foreach (var position in TextAnalysis.Analyze(SearchAnalyzers.Folded, SearchFields.Fuzzy, word))
            {
                terms.Add(position.Primary);
            }
        }

        return terms;
    }
}
