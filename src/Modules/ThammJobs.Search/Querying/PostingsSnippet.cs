using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Querying;

/// <summary>
/// The highlighted passage of a result, from the character offsets the index keeps in the postings of
/// the body fields (<see cref="Analysis.SearchTextFields"/>): the query's words are looked up in this one
/// document and marked in the stored text, which is never analysed again. Re-analysing each result's whole
/// text with Lucene's <c>Highlighter</c> was the dearest part of a search (about 0.6 ms per result).
/// </summary>
internal static class PostingsSnippet
{
    /// <summary>About the length of a passage, in characters.</summary>
    public const int Length = 180;

    /// <summary>Characters of context kept before the first marked word, when the line allows.</summary>
    private const int Lead = 40;

    /// <summary>The passage with the query's words in <c>&lt;mark&gt;</c>, HTML-encoded; null when no word of the body matched.</summary>
    public static string? Build(IndexReader reader, int docId, string text, IReadOnlyList<SnippetPhrase> phrases) =>
        Build(new PostingsLookup(reader), docId, text, phrases);

    /// <summary>The same, with the lookups of the page's other results (<see cref="PostingsLookup"/>).</summary>
    public static string? Build(PostingsLookup postings, int docId, string text, IReadOnlyList<SnippetPhrase> phrases)
    {
        if (phrases.Count == 0 || text.Length == 0)
        {
            return null;
        }

        var leaves = postings.Reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var marks = Marks(postings, leaf, docId - leaf.DocBase, phrases, text.Length);
        if (marks.Count == 0)
        {
            return null;
        }

        var (from, to) = Window(marks, text);
        return Render(text, from, to, marks);
    }

    private readonly record struct Occurrence(int Position, int Start, int End);

    private readonly record struct Mark(int Start, int End, int Phrase);

    /// <summary>Where the phrases occur in the document, by offsets, sorted, overlaps merged.</summary>
    private static List<Mark> Marks(PostingsLookup postings, AtomicReaderContext leaf, int doc, IReadOnlyList<SnippetPhrase> phrases, int textLength)
    {
        var cache = new Dictionary<(string, string), List<Occurrence>>();
        var marks = new List<Mark>();
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var slots = phrase.Slots.Select(s => s.Terms.SelectMany(t => Occurrences(postings, leaf, doc, phrase.Field, t, cache)).ToList()).ToList();
            if (phrase.Slots.Count == 1)
            {
                marks.AddRange(slots[0].Select(o => new Mark(o.Start, o.End, p)));
                continue;
            }

            // A phrase counts where every slot has a term at its position relative to the first one.
            var byPosition = slots.Select(s => s.GroupBy(o => o.Position).ToDictionary(g => g.Key, g => g.ToList())).ToList();
            var first = phrase.Slots[0].Position;
            foreach (var start in slots[0].Select(o => o.Position - first).Distinct())
            {
                var found = new List<Occurrence>();
                var all = true;
                for (var s = 0; s < slots.Count && all; s++)
                {
                    if (byPosition[s].TryGetValue(start + phrase.Slots[s].Position, out var at))
                    {
                        found.AddRange(at);
                    }
                    else
                    {
                        all = false;
                    }
                }

                if (all)
                {
                    marks.AddRange(found.Select(o => new Mark(o.Start, o.End, p)));
                }
            }
        }

        marks.RemoveAll(m => m.Start < 0 || m.End > textLength || m.End <= m.Start);
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Mark>(marks.Count);
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, mark.End) };
                continue;
            }

            merged.Add(mark);
        }

        return merged;
    }

    private static List<Occurrence> Occurrences(PostingsLookup lookup, AtomicReaderContext leaf, int doc, string field, string term, Dictionary<(string, string), List<Occurrence>> cache)
    {
        if (cache.TryGetValue((field, term), out var known))
        {
            return known;
        }

        var found = new List<Occurrence>();
        if (lookup.At(leaf, field, term, doc) is { } postings)
        {
            var freq = postings.Freq;
            for (var i = 0; i < freq; i++)
            {
                var position = postings.NextPosition();
                if (postings.StartOffset >= 0)
                {
                    found.Add(new Occurrence(position, postings.StartOffset, postings.EndOffset));
                }
            }
        }

        cache[(field, term)] = found;
        return found;
    }

    /// <summary>
    /// The passage holding the most different words of the query, then the most marks; the earliest on a tie.
    /// Starts a little before its first mark (not before the line), ends on a word boundary.
    /// </summary>
    private static (int From, int To) Window(List<Mark> marks, string text)
    {
        var best = 0;
        var bestScore = -1;
        var seen = new HashSet<int>();
        for (var i = 0; i < marks.Count; i++)
        {
            seen.Clear();
            var count = 0;
            for (var j = i; j < marks.Count && marks[j].End <= marks[i].Start + Length - Lead; j++)
            {
                seen.Add(marks[j].Phrase);
                count++;
            }

            var score = (seen.Count * 1000) + count;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        var anchor = marks[best].Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, anchor - 1)) + 1;
        var from = Math.Max(lineStart, anchor - Lead);
        if (from > lineStart)
        {
            // Do not begin inside a word.
            while (from < anchor && !char.IsWhiteSpace(text[from - 1]))
            {
                from++;
            }
        }

        var to = Math.Min(text.Length, from + Length);
        foreach (var mark in marks)
        {
            if (mark.Start < to && mark.End > to)
            {
                to = mark.End;
            }
        }

        while (to < text.Length && !char.IsWhiteSpace(text[to]) && to - from < Length + 30)
        {
            to++;
        }

        return (from, to);
    }

    private static string Render(string text, int from, int to, List<Mark> marks)
    {
        var html = new StringBuilder(to - from + 64);
        if (from > 0 && text[from - 1] != '\n')
        {
            html.Append('…');
        }

        var at = from;
        foreach (var mark in marks)
        {
            if (mark.End <= from || mark.Start >= to)
            {
                continue;
            }

            var start = Math.Max(mark.Start, at);
            var end = Math.Min(mark.End, to);
            MinimalHtmlEncoder.Append(html, text.AsSpan(at, start - at));
            html.Append("<mark>");
            MinimalHtmlEncoder.Append(html, text.AsSpan(start, end - start));
            html.Append("</mark>");
            at = end;
        }

        MinimalHtmlEncoder.Append(html, text.AsSpan(at, to - at));
        if (to < text.Length && text[to] != '\n')
        {
            html.Append('…');
        }

        return html.ToString();
    }
}
