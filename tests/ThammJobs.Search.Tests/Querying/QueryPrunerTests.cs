using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ThammJobs.Search.Analysis;
using ThammJobs.Search.Querying;
using ThammJobs.Search.Tests.Analysis;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>Pruning a query for an index keeps its matches and their order, and only removes what matches nothing.</summary>
public sealed class QueryPrunerTests(SearchCorpus corpus)
{
    [Theory]
    [InlineData("migration")]
    [InlineData("mobilite circulaire Rabat")]
    [InlineData("\"mobilité circulaire\" -saisonnier")]
    [InlineData("expert.e THAMM+")]
    [InlineData("الهجرة")]
    [InlineData("ANAPEC بالرباط")]
    [InlineData("ممرضة")]
    [InlineData("infirmière -Casablanca")]
    [InlineData("traduction الترجمة")]
    public void The_corpus_answers_the_same_in_the_same_order_with_proportional_scores(string typed)
    {
        var parsed = corpus.Parser.Parse(typed);
        var either = new BooleanQuery { { parsed.Query!, Occur.SHOULD } };
        if (parsed.OtherLanguageQuery is { } translated)
        {
            either.Add(translated, Occur.SHOULD);
        }

        var compared = 0;
        foreach (var language in new[] { SearchLanguage.French, SearchLanguage.Arabic })
        {
            var moved = DocumentFields.For(either, language)!;
            var pruned = QueryPruner.Prune(moved, corpus.Index.Searcher.IndexReader);
            var before = corpus.Index.Scored(moved);
            var after = pruned is null ? [] : corpus.Index.Scored(pruned);

            Assert.Equal(before.Select(h => h.Id), after.Select(h => h.Id));
            for (var i = 1; i < before.Count; i++)
            {
                Assert.Equal(before[i].Score / before[0].Score, after[i].Score / after[0].Score, 4);
            }

            compared += before.Count;
            Assert.True(pruned is null || pruned.ToString().Length <= moved.ToString().Length);
        }

        Assert.True(compared > 0, "the query should match something in the corpus");
    }

    [Fact]
    public void Absent_terms_go_required_ones_empty_the_query_and_single_clauses_are_unwrapped()
    {
        using var index = Index(["alpha beta", "alpha", "gamma"]);
        var reader = index.Reader;

        Assert.Null(QueryPruner.Prune(new BooleanQuery { { Term("alpha"), Occur.MUST }, { Term("absent"), Occur.MUST } }, reader));
        var excluded = QueryPruner.Prune(new BooleanQuery { { Term("alpha"), Occur.MUST }, { Term("absent"), Occur.MUST_NOT } }, reader);
        Assert.Equal("text:alpha", excluded!.ToString());
        var max = QueryPruner.Prune(new DisjunctionMaxQuery(0) { Term("absent"), new TermQuery(new Term("text", "beta")) { Boost = 2 } }, reader);
        Assert.Equal("text:beta^2.0", max!.ToString());
        Assert.Null(QueryPruner.Prune(new BooleanQuery { { Term("absent"), Occur.SHOULD }, { Term("gamma"), Occur.MUST_NOT } }, reader));
    }

    [Fact]
    public void A_coordinated_clause_taken_out_keeps_its_weight_against_its_siblings()
    {
        using var index = Index(["alpha", "gamma", "delta beta"]);
        // The inner query coordinates: a document matching one of its two clauses gets half its score.
        var inner = new BooleanQuery { { Term("alpha"), Occur.SHOULD }, { Term("absent"), Occur.SHOULD } };
        var query = new BooleanQuery(disableCoord: true) { { inner, Occur.SHOULD }, { Term("gamma"), Occur.SHOULD } };

        var before = index.Scores(query);
        var after = index.Scores(QueryPruner.Prune(query, index.Reader)!);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(before["alpha"] / before["gamma"], after["alpha"] / after["gamma"], 4);
    }

    private static TermQuery Term(string text) => new(new Term("text", text));

    private static SmallIndex Index(string[] texts) => new(texts);

    private sealed class SmallIndex : IDisposable
    {
        private readonly RAMDirectory directory = new();

        public SmallIndex(string[] texts)
        {
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            {
                foreach (var text in texts)
                {
                    writer.AddDocument(new Document { new StringField("first", text.Split(' ')[0], Field.Store.YES), new TextField("text", text, Field.Store.NO) });
                }
            }

            Reader = DirectoryReader.Open(directory);
        }

        public DirectoryReader Reader { get; }

        /// <summary>Score by the first word of each matching document.</summary>
        public Dictionary<string, float> Scores(Query query)
        {
            var searcher = new IndexSearcher(Reader);
            return searcher.Search(query, 10).ScoreDocs.ToDictionary(d => searcher.Doc(d.Doc).Get("first"), d => d.Score);
        }

        public void Dispose()
        {
            Reader.Dispose();
            directory.Dispose();
        }
    }
}
