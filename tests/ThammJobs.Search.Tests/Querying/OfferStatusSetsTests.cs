using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ThammJobs.Search.Indexing;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>
/// The per-segment open/closed sets that replace a numeric range per search: same documents as the range at
/// every moment, including deadlines inside the minute the sets were computed for, and deletions applied.
/// </summary>
public sealed class OfferStatusSetsTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);

    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;
    private readonly Dictionary<string, (string Culture, long? Deadline)> offers = [];

    public OfferStatusSetsTests()
    {
        writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
    }

    [Fact]
    public void Open_and_closed_are_those_of_the_exact_moment_second_by_second_across_minutes()
    {
        // Deadlines on both sides of, and inside, the minutes the thresholds fall in, in both languages.
        var seconds = new[] { -200, -61, -60, -59, -1, 0, 1, 5, 29, 30, 31, 59, 60, 61, 90, 119, 120, 121, 3600 };
        foreach (var second in seconds)
        {
            Add($"fr{second}", "fr", Start.AddSeconds(second).Ticks);
            Add($"ar{second}", "ar", Start.AddSeconds(second).Ticks);
        }

        Add("fr-none", "fr", deadline: null);
        writer.Commit();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var sets = new OfferStatusSets();

        for (var second = -70; second <= 130; second++)
        {
            var threshold = Start.AddSeconds(second).Ticks;
            foreach (var culture in new[] { "fr", "ar" })
            {
                Assert.Equal(Expected(culture, d => d > threshold), Ids(searcher, sets, culture, OfferStatus.Open, threshold));
                Assert.Equal(Expected(culture, d => d <= threshold), Ids(searcher, sets, culture, OfferStatus.Closed, threshold));
            }
        }

        // Going back in time within a minute already visited: the sets kept were not changed by the exact checks.
        var earlier = Start.AddSeconds(10).Ticks;
        Assert.Equal(Expected("fr", d => d > earlier), Ids(searcher, sets, "fr", OfferStatus.Open, earlier));
        Assert.Contains("fr-none", Ids(searcher, sets, "fr", OfferStatus.All, earlier));
        Assert.DoesNotContain("fr-none", Ids(searcher, sets, "fr", OfferStatus.Open, earlier));
        Assert.DoesNotContain("fr-none", Ids(searcher, sets, "fr", OfferStatus.Closed, earlier));
    }

    [Fact]
    public void Deleted_and_added_offers_are_seen_after_the_searcher_is_refreshed()
    {
        Add("kept", "fr", Start.AddDays(1).Ticks);
        Add("deleted", "fr", Start.AddDays(1).Ticks);
        writer.Commit();
        var sets = new OfferStatusSets();
        var threshold = Start.Ticks;
        using (var first = DirectoryReader.Open(directory))
        {
            Assert.Equal(new[] { "deleted", "kept" }, Ids(new IndexSearcher(first), sets, "fr", OfferStatus.Open, threshold));
        }

        writer.DeleteDocuments(new Term(OfferDocument.Id, "deleted"));
        Add("added", "fr", Start.AddDays(2).Ticks);
        writer.Commit();
        using var second = DirectoryReader.Open(directory);

        Assert.Equal(new[] { "added", "kept" }, Ids(new IndexSearcher(second), sets, "fr", OfferStatus.Open, threshold));
    }

    [Fact]
    public void Closed_within_the_minute_counts_the_deadlines_passed_since_the_minute_began()
    {
        Add("a", "fr", Start.AddSeconds(20).Ticks);
        Add("b", "fr", Start.AddSeconds(40).Ticks);
        Add("c", "ar", Start.AddSeconds(30).Ticks);
        writer.Commit();
        using var reader = DirectoryReader.Open(directory);
        var sets = new OfferStatusSets();

        Assert.Equal(0, sets.ClosedWithinMinute(reader, "fr", Start.AddSeconds(10).Ticks));
        Assert.Equal(1, sets.ClosedWithinMinute(reader, "fr", Start.AddSeconds(20).Ticks));
        Assert.Equal(2, sets.ClosedWithinMinute(reader, "fr", Start.AddSeconds(50).Ticks));
        Assert.Equal(0, sets.ClosedWithinMinute(reader, "fr", Start.AddSeconds(70).Ticks));
    }

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }

    private void Add(string id, string culture, long? deadline)
    {
        var document = new Document
        {
            new StringField(OfferDocument.Id, id, Field.Store.YES),
            new StringField(OfferDocument.Culture, culture, Field.Store.YES),
        };
        if (deadline is { } ticks)
        {
            document.Add(new NumericDocValuesField(OfferDocument.ClosesAt, ticks));
        }

        writer.AddDocument(document);
        offers[id] = (culture, deadline);
    }

    private List<string> Expected(string culture, Func<long, bool> status) =>
        offers.Where(o => o.Value.Culture == culture && o.Value.Deadline is { } d && status(d)).Select(o => o.Key).Order(StringComparer.Ordinal).ToList();

    private static List<string> Ids(IndexSearcher searcher, OfferStatusSets sets, string culture, OfferStatus status, long threshold)
    {
        var query = new FilteredQuery(new MatchAllDocsQuery(), new OfferStatusFilter(sets, culture, status, threshold), FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);
        return searcher.Search(query, 1000).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(OfferDocument.Id)).Order(StringComparer.Ordinal).ToList();
    }
}
