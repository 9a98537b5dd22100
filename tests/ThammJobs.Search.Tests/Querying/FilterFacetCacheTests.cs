using Lucene.Net.Documents;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;
using ThammJobs.Search.Indexing;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>
/// Facet counts of searches without words are kept for the index reader and the moment: a published or removed
/// offer, or a deadline passing (even inside the minute the status sets were computed for), shows at once.
/// </summary>
public sealed class FilterFacetCacheTests : IDisposable
{
    // 08:00:30 UTC: deadlines at the half minute put "now minus the minute of grace" inside the minute 08:00.
    private static readonly DateTimeOffset Deadline = new(2026, 11, 27, 8, 0, 30, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "thammjobs-facet-cache-" + Guid.NewGuid().ToString("N"));
    private readonly SearchIndex index;
    private readonly TestClock clock = new(Deadline.AddSeconds(50));
    private readonly OfferSearch search;
    private long cursor;

    public FilterFacetCacheTests()
    {
        index = new SearchIndex(new SearchOptions { IndexFolder = folder }, NullLogger<SearchIndex>.Instance);
        index.Open();
        search = new OfferSearch(index, new TextQueryFactory(), new SpellingSuggester(), new OfferStatusSets(), new FilterFacetCache(), new FacetOrdinals(), new NumericColumns(), clock);
    }

    [Fact]
    public async Task The_same_search_without_words_reuses_its_counts_until_the_index_changes()
    {
        Publish("a", "CDD", Deadline.AddDays(10));
        Publish("b", "CDI", Deadline.AddDays(10));

        var first = await Search();
        var again = await Search();
        Assert.Same(first.Facets, again.Facets);
        Assert.Equal(new (string, int)[] { ("CDD", 1), ("CDI", 1) }, Contracts(again));

        Publish("c", "CDD", Deadline.AddDays(10));
        var afterPublishing = await Search();
        Assert.Equal(new (string, int)[] { ("CDD", 2), ("CDI", 1) }, Contracts(afterPublishing));
        Assert.Equal(3, afterPublishing.Total);

        index.Delete("a");
        index.Delete("b");
        index.Commit(++cursor);
        var afterRemoving = await Search();
        Assert.Equal(new (string, int)[] { ("CDD", 1) }, Contracts(afterRemoving));
        Assert.Equal(1, afterRemoving.Total);
    }

    [Fact]
    public async Task A_deadline_passing_inside_the_minute_changes_the_counts_of_open_and_closed_offers()
    {
        Publish("closing", "CDD", Deadline);
        Publish("later", "CDI", Deadline.AddDays(10));

        // Now 08:01:20, grace of a minute: offers closing after 08:00:20 are open.
        Assert.Equal(new (string, int)[] { ("CDD", 1), ("CDI", 1) }, Contracts(await Search()));
        Assert.Empty(Contracts(await Search(OfferStatus.Closed)));

        // 15 seconds later the threshold (08:00:35) is still in the same minute, past the deadline.
        clock.Now = clock.Now.AddSeconds(15);
        Assert.Equal(new (string, int)[] { ("CDI", 1) }, Contracts(await Search()));
        Assert.Equal(new (string, int)[] { ("CDD", 1) }, Contracts(await Search(OfferStatus.Closed)));
        Assert.Equal(new (string, int)[] { ("CDD", 1), ("CDI", 1) }, Contracts(await Search(OfferStatus.All)));
    }

    [Fact]
    public async Task Searches_with_words_or_other_filters_are_counted_on_their_own()
    {
        Publish("a", "CDD", Deadline.AddDays(10), sector: "health");
        Publish("b", "CDI", Deadline.AddDays(10), sector: "agriculture");

        var all = await Search();
        var health = await search.SearchAsync(new SearchRequest { Culture = "fr", Sector = "health" }, CancellationToken.None);
        var words = await search.SearchAsync(new SearchRequest { Culture = "fr", Query = "infirmier" }, CancellationToken.None);

        Assert.Equal(new (string, int)[] { ("CDD", 1), ("CDI", 1) }, Contracts(all));
        Assert.Equal(new (string, int)[] { ("CDD", 1) }, Contracts(health));
        Assert.Equal(new (string, int)[] { ("CDI", 1) }, Contracts(words));
    }

    [Fact]
    public async Task Every_sector_of_an_offer_is_counted_across_segments_and_removed_offers_are_not()
    {
        Publish("a", "CDD", Deadline.AddDays(10), sectors: ["health", "education"]);
        Publish("b", "CDD", Deadline.AddDays(10), sectors: ["health"]);
        Publish("c", "CDI", Deadline.AddDays(10), sectors: []);
        Publish("d", "CDI", Deadline.AddDays(10), sectors: ["education"]);
        index.Delete("d");
        index.Commit(++cursor);

        var results = await Search();

        Assert.Equal(3, results.Total);
        Assert.Equal(new (string, int)[] { ("health", 2), ("education", 1) }, results.Facets[OfferDocument.Sector].Select(f => (f.Value, f.Count)));
        Assert.Equal(new (string, int)[] { ("CDD", 2), ("CDI", 1) }, Contracts(results));
    }

    [Theory]
    [InlineData(SearchSort.Closing)]
    [InlineData(SearchSort.Newest)]
    public async Task A_word_with_keys_finds_the_open_offers_with_every_key_in_the_order_asked(SearchSort sort)
    {
        Publish("cdd-health-3", "CDD", Deadline.AddDays(3), sectors: ["health", "education"]);
        Publish("cdd-health-1", "CDD", Deadline.AddDays(1), sectors: ["health"]);
        Publish("cdd-education", "CDD", Deadline.AddDays(2), sectors: ["education"]);
        Publish("cdi-health", "CDI", Deadline.AddDays(2), sectors: ["health"]);
        Publish("cdd-health-closed", "CDD", Deadline.AddDays(-1), sectors: ["health"]);
        Publish("cdd-health-2", "CDD", Deadline.AddDays(2), sectors: ["health"]);

        var results = await search.SearchAsync(new SearchRequest { Culture = "fr", Query = "formateur", Contract = "CDD", Sector = "health", Sort = sort }, CancellationToken.None);

        // Deadlines 1, 2, 3 days ahead; published (the test's publication date is the deadline) in the same order.
        string[] soonest = ["cdd-health-1", "cdd-health-2", "cdd-health-3"];
        Assert.Equal(sort == SearchSort.Closing ? soonest : soonest.Reverse(), results.Results.Select(h => h.Id));
        Assert.Equal(3, results.Total);
        Assert.Equal(new (string, int)[] { ("CDD", 3) }, Contracts(results));
        var nowhere = await search.SearchAsync(new SearchRequest { Culture = "fr", Query = "formateur", City = "Rabat" }, CancellationToken.None);
        Assert.Equal(0, nowhere.Total);
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<SearchResults> Search(OfferStatus status = OfferStatus.Open) =>
        search.SearchAsync(new SearchRequest { Culture = "fr", Status = status }, CancellationToken.None);

    private static List<(string, int)> Contracts(SearchResults results) =>
        results.Facets[OfferDocument.Contract].Select(f => (f.Value, f.Count)).ToList();

    /// <summary>An offer with the fields <see cref="OfferDocument"/> gives the ones a search reads.</summary>
    private void Publish(string id, string contract, DateTimeOffset deadline, string sector = "health", string[]? sectors = null)
    {
        var title = contract == "CDI" ? "Infirmier coordinateur" : "Formateur";
        var document = new Document
        {
            new StringField(OfferDocument.Id, id, Field.Store.YES),
            new StringField(OfferDocument.TranslationSet, id, Field.Store.YES),
            new StringField(OfferDocument.Culture, "fr", Field.Store.YES),
            new StringField(OfferDocument.OnlyLanguage, "fr", Field.Store.NO),
            new StoredField(OfferDocument.Slug, id),
            new StoredField(OfferDocument.Title, title),
            new StoredField(OfferDocument.Summary, ""),
            new StoredField(OfferDocument.Text, title),
            new Int64Field(OfferDocument.ClosesAt, deadline.UtcTicks, Field.Store.YES),
            new NumericDocValuesField(OfferDocument.ClosesAt, deadline.UtcTicks),
            new NumericDocValuesField(OfferDocument.PublishedAt, deadline.UtcTicks),
            new StringField(OfferDocument.Contract, contract, Field.Store.YES),
            new SortedDocValuesField(OfferDocument.Contract, new BytesRef(contract)),
        };
        foreach (var value in sectors ?? [sector])
        {
            document.Add(new StringField(OfferDocument.Sector, value, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(OfferDocument.Sector, new BytesRef(value)));
        }

        foreach (var field in ThammJobs.Search.Analysis.SearchTextFields.Create(ThammJobs.Search.Analysis.SearchLanguage.French, title, title))
        {
            document.Add(field);
        }

        index.Upsert(id, document);
        index.Commit(++cursor);
    }

    private sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
