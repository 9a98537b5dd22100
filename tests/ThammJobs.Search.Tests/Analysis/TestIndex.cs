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

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public TestIndex(IEnumerable<TestOffer> offers)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField)))
        {
            foreach (var offer in offers)
            {
                var document = new Document { new StringField(IdField, offer.Id, Field.Store.YES) };
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

    /// <summary>Ids of the offers matching <paramref name="query"/>, best first; none for a null query.</summary>
    public IReadOnlyList<string> Search(Query? query)
    {
        if (query is null)
        {
            return [];
        }

        return Searcher.Search(query, 100).ScoreDocs.Select(hit => Searcher.Doc(hit.Doc).Get(IdField)).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
