using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>Sorting from the cached columns gives Lucene's own numeric sort order, pages and directions included.</summary>
public sealed class NumericColumnComparerTests
{
    private const string ClosesAt = "closes_at";

    [Theory]
    [InlineData(false, 7)]
    [InlineData(true, 7)]
    [InlineData(false, 200)]
    [InlineData(true, 1)]
    public void The_order_is_lucenes_over_several_segments_with_missing_values_and_ties(bool reverse, int size)
    {
        using var directory = new RAMDirectory();
        var random = new Random(20261127);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            for (var i = 0; i < 150; i++)
            {
                var document = new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
                if (i % 11 != 0)
                {
                    // Few distinct values: ties are broken by document number in both sorts.
                    document.Add(new NumericDocValuesField(ClosesAt, random.Next(-5, 40) * 1_000_000_000L));
                }

                writer.AddDocument(document);
                if (i % 50 == 49)
                {
                    writer.Commit();
                }
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3);
        var searcher = new IndexSearcher(reader);
        var lucene = searcher.Search(new MatchAllDocsQuery(), size, new Sort(new SortField(ClosesAt, SortFieldType.INT64, reverse)));
        var columns = searcher.Search(new MatchAllDocsQuery(), size, new Sort(new SortField(ClosesAt, new NumericColumnComparerSource(new NumericColumns()), reverse)));

        Assert.Equal(lucene.ScoreDocs.Select(d => d.Doc), columns.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(lucene.TotalHits, columns.TotalHits);
    }
}
