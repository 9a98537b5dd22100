using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ThammJobs.Search.Querying;

/// <summary>Sorts on a numeric doc values field through <see cref="NumericColumns"/> (same order as Lucene's <c>INT64</c> sort).</summary>
internal sealed class NumericColumnComparerSource(NumericColumns columns) : FieldComparerSource
{
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(columns, fieldname, numHits);

    private sealed class Comparer(NumericColumns columns, string field, int numHits) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] slots = new long[numHits];
        private long[] current = [];
        private long bottom;
        private long top;

        public override J2N.Numerics.Int64 this[int slot] => J2N.Numerics.Int64.GetInstance(slots[slot]);

        public override int Compare(int slot1, int slot2) => slots[slot1].CompareTo(slots[slot2]);

        public override void SetBottom(int slot) => bottom = slots[slot];

        public override void SetTopValue(J2N.Numerics.Int64 value) => top = value.ToInt64();

        public override int CompareBottom(int doc) => bottom.CompareTo(current[doc]);

        public override int CompareTop(int doc) => top.CompareTo(current[doc]);

        public override void Copy(int slot, int doc) => slots[slot] = current[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            current = columns.For(context.AtomicReader, field);
            return this;
        }
    }
}
