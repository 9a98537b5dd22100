using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Tests.Analysis;

internal sealed record TestOffer(string Id, SearchLanguage Language, string Title, string Body)
{
    public static TestOffer French(string id, string title, string body) => new(id, SearchLanguage.French, title, body);

    public static TestOffer Arabic(string id, string title, string body) => new(id, SearchLanguage.Arabic, title, body);
}
