using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// For each segment of the index, the documents of a language that are open or closed at a moment, as bit
/// sets kept between searches. Every search filters on its language and (nearly always) on open offers; a
/// numeric range on <see cref="OfferDocument.ClosesAt"/> was rewritten at each search (its terms enumerated,
/// their postings read into a new bit set) and the language was one more clause of the conjunction.
/// "Open" depends on the time: the sets are computed for the start of a minute and kept for that minute;
/// the few documents whose deadline falls within the minute are checked against the exact moment at each
/// search (a copy of the set is only made when one of them has closed). Segments never change (deletions
/// are applied by the searcher), so the sets are keyed by the segment's core and go with it.
/// </summary>
internal sealed class OfferStatusSets
{
    private static readonly long Minute = TimeSpan.TicksPerMinute;

    private readonly ConditionalWeakTable<object, SegmentSets> segments = new();

    /// <summary>
    /// The documents of <paramref name="culture"/> in <paramref name="reader"/> with status <paramref name="status"/>
    /// when offers closing at or before <paramref name="threshold"/> (ticks) count as closed. Deleted documents
    /// are not removed: the caller applies the segment's accepted documents. Never modified by the caller.
    /// </summary>
    public FixedBitSet Get(AtomicReader reader, string culture, OfferStatus status, long threshold)
    {
        var sets = segments.GetValue(reader.CoreCacheKey, _ => new SegmentSets());
        var language = sets.Language(reader, culture);
        if (status == OfferStatus.All)
        {
            return language;
        }

        var minute = sets.AtMinute(reader, culture, language, MinuteOf(threshold));
        return status == OfferStatus.Open ? minute.Open(threshold) : minute.Closed(threshold);
    }

    /// <summary>
    /// How many documents whose deadline falls in the minute of <paramref name="threshold"/> have closed, over all
    /// segments: with the minute, it identifies the exact sets <see cref="Get"/> returns (they only change, within
    /// a minute, when one of those documents closes). Used to key what is computed from those sets.
    /// </summary>
    public int ClosedWithinMinute(IndexReader reader, string culture, long threshold)
    {
        var closed = 0;
        foreach (var leaf in reader.Leaves)
        {
            var sets = segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new SegmentSets());
            var language = sets.Language(leaf.AtomicReader, culture);
            closed += sets.AtMinute(leaf.AtomicReader, culture, language, MinuteOf(threshold)).ClosedBorder(threshold);
        }

        return closed;
    }

    /// <summary>The start of the minute (ticks) the sets for <paramref name="threshold"/> are computed for.</summary>
    public static long MinuteOf(long threshold) => threshold - Mod(threshold, Minute);

    private static long Mod(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    /// <summary>The sets of one segment: per language, its documents and the open/closed split at one minute.</summary>
    private sealed class SegmentSets
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, FixedBitSet> languages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MinuteSets> minutes = new(StringComparer.Ordinal);

        public FixedBitSet Language(AtomicReader reader, string culture)
        {
            lock (gate)
            {
                if (!languages.TryGetValue(culture, out var set))
                {
                    set = ReadLanguage(reader, culture);
                    languages[culture] = set;
                }

                return set;
            }
        }

        public MinuteSets AtMinute(AtomicReader reader, string culture, FixedBitSet language, long minuteStart)
        {
            lock (gate)
            {
                if (!minutes.TryGetValue(culture, out var sets) || sets.Start != minuteStart)
                {
                    // Computed under the lock: concurrent searches of a new minute wait for one computation (about a millisecond per 100,000 documents).
                    sets = MinuteSets.Compute(reader, language, minuteStart);
                    minutes[culture] = sets;
                }

                return sets;
            }
        }

        private static FixedBitSet ReadLanguage(AtomicReader reader, string culture)
        {
            var set = new FixedBitSet(reader.MaxDoc);
            var terms = reader.GetTerms(OfferDocument.Culture);
            if (terms is null)
            {
                return set;
            }

            var iterator = terms.GetEnumerator();
            if (!iterator.SeekExact(new BytesRef(culture)))
            {
                return set;
            }

            // No live documents: the set must not depend on deletions, which the searcher applies.
            set.Or(iterator.Docs(null, null, DocsFlags.NONE));
            return set;
        }
    }

    /// <summary>
    /// Open and closed documents of a language at the start of a minute, and those whose deadline falls within
    /// that minute (open at its start, closed by its end), which are checked against the exact moment.
    /// </summary>
    private sealed class MinuteSets
    {
        private readonly FixedBitSet open;
        private readonly FixedBitSet closed;
        private readonly int[] borderDocs;
        private readonly long[] borderDeadlines;

        private MinuteSets(long start, FixedBitSet open, FixedBitSet closed, int[] borderDocs, long[] borderDeadlines)
        {
            Start = start;
            this.open = open;
            this.closed = closed;
            this.borderDocs = borderDocs;
            this.borderDeadlines = borderDeadlines;
        }

        public long Start { get; }

        public static MinuteSets Compute(AtomicReader reader, FixedBitSet language, long start)
        {
            var open = new FixedBitSet(reader.MaxDoc);
            var closed = new FixedBitSet(reader.MaxDoc);
            var borderDocs = new List<int>();
            var borderDeadlines = new List<long>();
            var deadlines = reader.GetNumericDocValues(OfferDocument.ClosesAt);
            var hasDeadline = reader.GetDocsWithField(OfferDocument.ClosesAt);
            if (deadlines is not null && hasDeadline is not null)
            {
                var end = start + Minute;
                for (var doc = language.NextSetBit(0); doc >= 0; doc = doc + 1 < language.Length ? language.NextSetBit(doc + 1) : -1)
                {
                    if (!hasDeadline.Get(doc))
                    {
                        // Neither open nor closed, as a range on the field would say.
                        continue;
                    }

                    var deadline = deadlines.Get(doc);
                    if (deadline > start)
                    {
                        open.Set(doc);
                        if (deadline <= end)
                        {
                            borderDocs.Add(doc);
                            borderDeadlines.Add(deadline);
                        }
                    }
                    else
                    {
                        closed.Set(doc);
                    }
                }
            }

            return new MinuteSets(start, open, closed, [.. borderDocs], [.. borderDeadlines]);
        }

        /// <summary>Open: the deadline is after <paramref name="threshold"/>.</summary>
        public FixedBitSet Open(long threshold)
        {
            if (ClosedBorder(threshold) == 0)
            {
                return open;
            }

            var exact = open.Clone();
            for (var i = 0; i < borderDocs.Length; i++)
            {
                if (borderDeadlines[i] <= threshold)
                {
                    exact.Clear(borderDocs[i]);
                }
            }

            return exact;
        }

        /// <summary>Closed: the deadline is at or before <paramref name="threshold"/>.</summary>
        public FixedBitSet Closed(long threshold)
        {
            if (ClosedBorder(threshold) == 0)
            {
                return closed;
            }

            var exact = closed.Clone();
            for (var i = 0; i < borderDocs.Length; i++)
            {
                if (borderDeadlines[i] <= threshold)
                {
                    exact.Set(borderDocs[i]);
                }
            }

            return exact;
        }

        public int ClosedBorder(long threshold)
        {
            var count = 0;
            foreach (var deadline in borderDeadlines)
            {
                if (deadline <= threshold)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
