using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>The term-at-a-time path finds Lucene's matches with Lucene's scores, to the bit, over segments, deletions and a filter.</summary>
public sealed class TermDisjunctionTests : IDisposable
{
    private static readonly string[] Words = ["migration", "mobilite", "expert", "rabat", "formation", "sante"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public TermDisjunctionTests()
    {
        var random = new Random(20261127);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 400; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("title", Text(random, random.Next(0, 4)), Field.Store.NO),
                    new TextField("body", Text(random, random.Next(1, 40)), Field.Store.NO),
                });
                if (i % 97 == 96)
                {
                    writer.Commit();
                }
            }

            writer.DeleteDocuments(new Term("id", "5"), new Term("id", "150"), new Term("id", "399"));
        }

        reader = DirectoryReader.Open(directory);
    }

    [Theory]
    [InlineData("migration", 0.5f)]
    [InlineData("rabat", 1f)]
    [InlineData("sante", 2f)]
    public void Matches_and_scores_are_lucenes(string word, float boost)
    {
        Assert.True(reader.Leaves.Count >= 4);
        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        query.Add(new TermQuery(new Term("title", word)) { Boost = 3 }, Occur.SHOULD);
        query.Add(new TermQuery(new Term("body", word)), Occur.SHOULD);
        query.Add(new TermQuery(new Term("body", "absent")), Occur.SHOULD);
        Assert.True(TermDisjunction.Applies(query));
        var searcher = new IndexSearcher(reader);
        var filter = new EveryThird();

        var lucene = TopScoreDocCollector.Create(1000, docsScoredInOrder: false);
        searcher.Search(new FilteredQuery(query, filter, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY), lucene);
        var ours = TopScoreDocCollector.Create(1000, docsScoredInOrder: false);
        TermDisjunction.Search(searcher, query, filter, ours);

        var expected = lucene.GetTopDocs();
        var actual = ours.GetTopDocs();
        Assert.True(expected.TotalHits > 20);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void Only_disjunctions_of_terms_without_coordination_take_this_path()
    {
        var term = new TermQuery(new Term("body", "rabat"));
        Assert.False(TermDisjunction.Applies(term));
        Assert.False(TermDisjunction.Applies(new BooleanQuery { { term, Occur.SHOULD }, { new TermQuery(new Term("title", "rabat")), Occur.SHOULD } }));
        Assert.False(TermDisjunction.Applies(new BooleanQuery(disableCoord: true) { { term, Occur.MUST }, { new TermQuery(new Term("title", "rabat")), Occur.SHOULD } }));
        Assert.False(TermDisjunction.Applies(new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { new PhraseQuery { new Term("body", "a"), new Term("body", "b") }, Occur.SHOULD } }));
        Assert.True(TermDisjunction.Applies(new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { new TermQuery(new Term("title", "rabat")), Occur.SHOULD } }));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static string Text(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    /// <summary>Accepts every third document (as the language and status sets do, with random access), deletions applied.</summary>
    private sealed class EveryThird : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var set = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var doc = 0; doc < set.Length; doc += 3)
            {
                set.Set(doc);
            }

            return BitsFilteredDocIdSet.Wrap(set, acceptDocs);
        }
    }
}
