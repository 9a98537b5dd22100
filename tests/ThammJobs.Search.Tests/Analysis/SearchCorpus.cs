using ThammJobs.Search.Analysis;

[assembly: AssemblyFixture(typeof(ThammJobs.Search.Tests.Analysis.SearchCorpus))]

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>
/// <see cref="OfferCorpus"/> indexed once for the whole test run, and the parser with the real
/// glossary. Read-only after construction, so tests may share it in parallel.
/// </summary>
public sealed class SearchCorpus : IDisposable
{
    private readonly TestIndex index = new(OfferCorpus.All);

    internal UserQueryParser Parser { get; } = new(Glossary.Load(RepositoryFiles.Glossary));

    internal TestIndex Index => index;

    /// <summary>Ids matched by the main query of <paramref name="text"/>, best first.</summary>
    internal IReadOnlyList<string> Find(string? text) => index.Search(Parser.Parse(text).Query);

    /// <summary>Ids matched through the glossary (the other language's query).</summary>
    internal IReadOnlyList<string> FindInOtherLanguage(string text) => index.Search(Parser.Parse(text).OtherLanguageQuery);

    /// <summary>Ids matched by the typo-tolerant query.</summary>
    internal IReadOnlyList<string> FindFuzzy(string text) => index.Search(Parser.BuildFuzzy(Parser.Parse(text)));

    public void Dispose() => index.Dispose();
}
