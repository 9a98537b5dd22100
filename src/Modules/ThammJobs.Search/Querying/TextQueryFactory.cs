using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Querying;

/// <summary>The bridge from a candidate's words to <see cref="TextQueries"/>, through the analysis layer.</summary>
internal sealed class TextQueryFactory
{
    private readonly UserQueryParser parser = new(Glossary.LoadEmbedded());

    public TextQueries Build(string? input)
    {
        var query = parser.Parse(input);
        return query.HasSearchableTerms
            ? new TextQueries(query.Query, query.OtherLanguageQuery, parser.BuildFuzzy(query), query.Terms)
            : TextQueries.None;
    }
}
