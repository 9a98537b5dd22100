using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ThammJobs.Search.Indexing;
using ThammJobs.Search.Querying;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>
/// Facet counts are the same whether the matches are counted one by one (few matches) or value by value with
/// bit sets (many matches), over several segments, with several sectors per offer and offers without a city.
/// </summary>
public sealed class FacetCounterTests : IDisposable
{
    private static readonly string[] Cities = ["Rabat", "Tanger", "Agadir", "Paris"];
    private static readonly string[] Sectors = ["health", "agriculture", "hospitality"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly List<(string? City, string[] Sectors, bool Even)> offers = [];

    public FacetCounterTests()
    {
        var random = new Random(27);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            for (var i = 0; i < 600; i++)
            {
                var city = i % 7 == 0 ? null : Cities[random.Next(Cities.Length)];
                var sectors = Sectors.Where(_ => random.Next(3) == 0).ToArray();
                var document = new Document { new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO) };
                if (city is not null)
                {
                    document.Add(new SortedDocValuesField(OfferDocument.City, new BytesRef(city)));
                }

                foreach (var sector in sectors)
                {
                    document.Add(new SortedSetDocValuesField(OfferDocument.Sector, new BytesRef(sector)));
                }

                writer.AddDocument(document);
                offers.Add((city, sectors, i % 2 == 0));
                if (i % 250 == 249)
                {
                    writer.Commit();
                }
            }
        }

        reader = DirectoryReader.Open(directory);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("even")]
    [InlineData("few")]
    public void Counts_are_the_offers_values_counted_by_hand(string which)
    {
        Assert.True(reader.Leaves.Count >= 3);
        Query query = which switch
        {
            "all" => new MatchAllDocsQuery(),
            "even" => new TermQuery(new Term("parity", "even")),
            _ => new BooleanQuery { { new TermQuery(new Term("parity", "even")), Occur.MUST }, { new MatchAllDocsQuery(), Occur.MUST } },
        };
        var counter = new FacetCounter(new FacetOrdinals());
        var searcher = new IndexSearcher(reader);
        if (which == "few")
        {
            // Twelve matches: counted one by one.
            var top = searcher.Search(query, 12).ScoreDocs.Select(d => d.Doc).ToHashSet();
            searcher.Search(new FilteredQuery(query, new Only(top)), counter);
            Expect(counter, offers.Where((_, doc) => top.Contains(doc)));
            return;
        }

        searcher.Search(query, counter);
        Expect(counter, offers.Where(o => which == "all" || o.Even));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static void Expect(FacetCounter counter, IEnumerable<(string? City, string[] Sectors, bool Even)> matched)
    {
        var list = matched.ToList();
        var cities = list.Where(o => o.City is not null).GroupBy(o => o.City!).ToDictionary(g => g.Key, g => g.Count());
        var sectors = list.SelectMany(o => o.Sectors).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(cities.OrderBy(c => c.Key), counter.Counts[OfferDocument.City].OrderBy(c => c.Key));
        Assert.Equal(sectors.OrderBy(c => c.Key), counter.Counts[OfferDocument.Sector].OrderBy(c => c.Key));
        Assert.Empty(counter.Counts[OfferDocument.Contract]);
    }

    private sealed class Only(HashSet<int> docs) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var set = new FixedBitSet(context.AtomicReader.MaxDoc);
            foreach (var doc in docs.Where(d => d >= context.DocBase && d < context.DocBase + set.Length))
            {
                set.Set(doc - context.DocBase);
            }

            return set;
        }
    }
}
