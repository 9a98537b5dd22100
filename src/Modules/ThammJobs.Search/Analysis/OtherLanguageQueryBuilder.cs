using Lucene.Net.Search;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// Builds <see cref="UserQuery.OtherLanguageQuery"/>: the user's query with every run of words the
/// glossary knows replaced by its wordings in the other language, searched in that language's fields.
/// Words it does not know stay as typed (ANAPEC is ANAPEC in both languages).
/// </summary>
internal static class OtherLanguageQueryBuilder
{
    /// <summary>Longest glossary wording looked for, in typed words (الدار البيضاء is two).</summary>
    private const int MaxPartsPerWording = 4;

    public static Query? Build(IReadOnlyList<QueryPart> parts, Glossary glossary)
    {
        var required = parts.Where(p => !p.IsExcluded).ToList();
        if (required.Count == 0 || glossary.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        var translatedAny = false;
        for (var i = 0; i < required.Count;)
        {
            var (length, translation) = LongestTranslation(required, i, glossary);
            if (translation is null)
            {
                query.Add(required[i].Query, Occur.MUST);
                i++;
                continue;
            }

            query.Add(translation, Occur.MUST);
            translatedAny = true;
            i += length;
        }

        if (!translatedAny)
        {
            return null;
        }

        foreach (var excluded in parts.Where(p => p.IsExcluded))
        {
            var (_, translation) = LongestTranslation([excluded], 0, glossary);
            query.Add(FieldQueries.AnyOf([excluded.Query, translation])!, Occur.MUST_NOT);
        }

        return query;
    }

    /// <summary>
    /// The longest run of parts from <paramref name="start"/>, in one script, that is a whole glossary
    /// wording, and the query for its translations; (0, null) when the part at start begins none.
    /// </summary>
    private static (int Parts, Query? Query) LongestTranslation(IReadOnlyList<QueryPart> parts, int start, Glossary glossary)
    {
        var first = parts[start];
        var positions = new List<AnalyzedPosition>();
        var partEnds = new List<int>();
        for (var k = start; k < parts.Count && k - start < MaxPartsPerWording; k++)
        {
            var part = parts[k];
            if (part.Kind == QueryPartKind.Keyword || part.Script != first.Script || part.SourcePositions.Count == 0)
            {
                break;
            }

            positions.AddRange(part.SourcePositions);
            partEnds.Add(positions.Count);
        }

        if (positions.Count == 0)
        {
            return (0, null);
        }

        var source = QueryLanguage.LanguageOf(first.Script);
        var target = source == SearchLanguage.Arabic ? SearchLanguage.French : SearchLanguage.Arabic;
        foreach (var match in glossary.MatchesAt(positions, 0, source))
        {
            // A wording that ends inside a typed word or phrase does not count.
            var partCount = partEnds.IndexOf(match.Length) + 1;
            if (partCount == 0)
            {
                continue;
            }

            var translations = match.Translations.Select(terms =>
                FieldQueries.InLanguage(target, terms.Select((term, i) => new AnalyzedPosition(i, [term])).ToList()));
            return (partCount, FieldQueries.AnyOf(translations));
        }

        return (0, null);
    }
}
