using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>
/// A small in-memory index built the way the site indexes offers (<see cref="SearchTextFields"/> with
/// <see cref="SearchAnalyzers.PerField"/>), queried through <see cref="UserQueryParser"/>.
/// </summary>
internal sealed class TestIndex : IDisposable
{
    private const string IdField = "id";
    private const string LanguageField = "language";

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public TestIndex(IEnumerable<TestOffer> offers)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField)))
        {
            foreach (var offer in offers)
            {
                var document = new Document
                {
                    new StringField(IdField, offer.Id, Field.Store.YES),
                    new StringField(LanguageField, offer.Language.ToString(), Field.Store.NO),
                };
                foreach (var field in SearchTextFields.Create(offer.Language, offer.Title, offer.Body))
                {
                    document.Add(field);
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(reader);
    }

    public IndexSearcher Searcher { get; }

    /// <summary>
    /// Ids of the offers matching <paramref name="query"/> (on the plain field names, as the parser builds it),
    /// best first; none for a null query. The query runs on each language's offers, moved to their fields, as the
    /// site's searches do (<see cref="DocumentFields.For"/>, the language filter not changing scores).
    /// </summary>
    public IReadOnlyList<string> Search(Query? query)
    {
        if (query is null)
        {
            return [];
        }

        var either = new BooleanQuery { { InOffersOf(query, SearchLanguage.French), Occur.SHOULD }, { InOffersOf(query, SearchLanguage.Arabic), Occur.SHOULD } };
        return Searcher.Search(either, 100).ScoreDocs.Select(hit => Searcher.Doc(hit.Doc).Get(IdField)).ToList();
    }

    /// <summary>Ids and scores of the offers matching <paramref name="query"/> as given (fields already named as indexed), best first.</summary>
    public IReadOnlyList<(string Id, float Score)> Scored(Query query) =>
        Searcher.Search(query, 100).ScoreDocs.Select(hit => (Searcher.Doc(hit.Doc).Get(IdField), hit.Score)).ToList();

    private static BooleanQuery InOffersOf(Query query, SearchLanguage language) => new()
    {
        { DocumentFields.For(query, language), Occur.MUST },
        { new ConstantScoreQuery(new TermQuery(new Term(LanguageField, language.ToString()))) { Boost = 0 }, Occur.MUST },
    };

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
