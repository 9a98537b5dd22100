using Lucene.Net.Search;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Querying;

/// <summary>
/// What a snippet marks: the words and phrases a query requires in a body field, each as a list of
/// (position in the phrase, accepted terms). A word is a phrase of one position. Excluded words are not
/// marked; phrases are marked only where their words follow each other, as the query matched them.
/// </summary>
internal sealed record SnippetPhrase(string Field, IReadOnlyList<(int Position, string[] Terms)> Slots)
{
    private static readonly string[] BodyFields = [SearchFields.BodyFrench, SearchFields.BodyArabic];

    /// <summary>
    /// The phrases of the queries in either body field (a French text's Arabic quotes are in body_ar, same offsets),
    /// fields named as indexed (the queries are those moved to one language's offers, <see cref="DocumentFields.For"/>).
    /// </summary>
    public static IReadOnlyList<SnippetPhrase> From(params Query?[] queries)
    {
        var phrases = new List<SnippetPhrase>();
        foreach (var query in queries)
        {
            if (query is not null)
            {
                Collect(query, phrases);
            }
        }

        return phrases;
    }

    private static void Collect(Query query, List<SnippetPhrase> phrases)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Collect(clause.Query, phrases);
                    }
                }

                break;
            case DisjunctionMaxQuery max:
                // The alternatives of one word (with and without a proclitic): one slot, several terms.
                var terms = max.Disjuncts.OfType<TermQuery>().Where(t => IsBody(t.Term.Field)).GroupBy(t => t.Term.Field);
                foreach (var field in terms)
                {
                    phrases.Add(new SnippetPhrase(field.Key, [(0, field.Select(t => t.Term.Text).ToArray())]));
                }

                foreach (var other in max.Disjuncts.Where(d => d is not TermQuery))
                {
                    Collect(other, phrases);
                }

                break;
            case TermQuery term when IsBody(term.Term.Field):
                phrases.Add(new SnippetPhrase(term.Term.Field, [(0, [term.Term.Text])]));
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } words && IsBody(words[0].Field):
                var positions = phrase.GetPositions();
                phrases.Add(new SnippetPhrase(words[0].Field, words.Select((w, i) => (positions[i], new[] { w.Text })).ToList()));
                break;
            case MultiPhraseQuery multi when multi.GetTermArrays() is { Count: > 0 } arrays && arrays[0].Length > 0 && IsBody(arrays[0][0].Field):
                var slots = multi.GetPositions();
                phrases.Add(new SnippetPhrase(arrays[0][0].Field, arrays.Select((a, i) => (slots[i], a.Select(t => t.Text).ToArray())).ToList()));
                break;
        }
    }

    private static bool IsBody(string field) => Array.IndexOf(BodyFields, DocumentFields.PlainName(field)) >= 0;
}
