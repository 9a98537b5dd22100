using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Search.Analysis;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Runs a search on this node's index. Results come in the requested language; offers that exist only in
/// the other language and match (directly or through the glossary) follow, marked as such. Facets count
/// every match; when nothing matches, a typo-tolerant query on unstemmed words is tried ("did you mean").
/// </summary>
internal sealed class OfferSearch(SearchIndex index, TextQueryFactory textQueries, SpellingSuggester speller, OfferStatusSets statusSets, FilterFacetCache facetCache, FacetOrdinals facetOrdinals, NumericColumns columns, TimeProvider clock) : IOfferSearch
{
    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (!index.IsOpen)
        {
            return Task.FromResult(new SearchResults(0, request.Page, request.PageSize, [], EmptyFacets(), null));
        }

        var text = textQueries.Build(request.Query);
        var results = index.Search(searcher => Run(searcher, request, text));
        return Task.FromResult(results);
    }

    private SearchResults Run(IndexSearcher searcher, SearchRequest request, TextQueries text)
    {
        var filters = Filters(request);
        var threshold = Threshold();
        var culture = request.Culture;
        var other = SiteCultures.Other(culture);
        var wanted = request.Page * request.PageSize;
        string? didYouMean = null;

        // Words typed in the other language reach this language's offers through the glossary. Each pass reads
        // only the fields of the offers it looks at (DocumentFields).
        var own = LanguageOf(culture);
        var otherLanguage = LanguageOf(other);
        var words = Either(text.Main, text.Translated);
        var ownWords = InOffersOf(words, own, searcher);
        var (hits, total, facets) = Collect(searcher, Matcher(searcher, ownWords, filters, culture, request, threshold), request, wanted, hasText: !text.IsEmpty,
            facetKey: text.IsEmpty ? FacetKey(searcher, request, threshold) : null);
        var (otherHits, otherTotal) = text.IsEmpty
            ? ([], 0)
            : OnlyInOtherLanguage(searcher, Combine(InOffersOf(words, otherLanguage, searcher), filters, other, request.Status, threshold, new TermQuery(new Term(OfferDocument.OnlyLanguage, other))), other, Math.Max(0, wanted - total));

        if (total + otherTotal == 0 && text.Fuzzy is not null)
        {
            didYouMean = speller.Suggest(searcher.IndexReader, text.Terms, own);
            var fuzzy = Combine(InOffersOf(text.Fuzzy, own, searcher), filters, culture, request.Status, threshold);
            (hits, total, facets) = Collect(searcher, collector => searcher.Search(fuzzy, collector), request, wanted, hasText: false);
        }

        // Own-language results are marked with the typed words; the other language's also with their translations.
        var ownPhrases = SnippetPhrase.From(DocumentFields.For(text.Main, own));
        var otherPhrases = SnippetPhrase.From(DocumentFields.For(text.Main, otherLanguage), DocumentFields.For(text.Translated, otherLanguage));
        var all = hits.Select(h => (h.Doc, Other: false)).Concat(otherHits.Select(h => (h.Doc, Other: true)));
        var postings = new PostingsLookup(searcher.IndexReader);
        var page = all.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(h => ToHit(searcher, postings, h.Doc, h.Other, h.Other ? otherPhrases : ownPhrases))
            .ToList();
        return new SearchResults(total + otherTotal, request.Page, request.PageSize, page, facets, didYouMean);
    }

    /// <summary>
    /// How the main pass finds its matches: one word of one language (in any order, with any keys) goes
    /// <see cref="TermDisjunction"/>, language, status and keys as one filter; everything else through Lucene's scorers.
    /// </summary>
    private Action<ICollector> Matcher(IndexSearcher searcher, Query? words, List<Query> filters, string culture, SearchRequest request, long threshold)
    {
        if (TermDisjunction.Applies(words))
        {
            var keys = filters.Select(f => ((TermQuery)f).Term).ToList();
            var accepted = new OfferStatusFilter(statusSets, culture, request.Status, threshold, facetOrdinals, keys);
            return collector => TermDisjunction.Search(searcher, words!, accepted, collector);
        }

        var query = Combine(words, filters, culture, request.Status, threshold);
        return collector => searcher.Search(query, collector);
    }

    /// <param name="search">Runs the query, handing every match to the collector it is given.</param>
    /// <param name="facetKey">For a search without words, the key its facet counts are kept under (<see cref="FilterFacetCache"/>).</param>
    private (List<ScoreDoc> Hits, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) Collect(
        IndexSearcher searcher, Action<ICollector> search, SearchRequest request, int wanted, bool hasText, string? facetKey = null)
    {
        var sort = Sorting(request.Sort, hasText);
        var size = Math.Max(1, wanted);
        var top = sort is null
            ? (ITopDocsCollector)TopScoreDocCollector.Create(size, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, size, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var cached = facetKey is null ? null : facetCache.Get(searcher.IndexReader, facetKey);
        if (cached is not null)
        {
            search(top);
            var found = top.GetTopDocs();
            return (found.ScoreDocs.ToList(), found.TotalHits, cached);
        }

        var counter = new FacetCounter(facetOrdinals, top);
        search(counter);
        var topDocs = top.GetTopDocs();
        var facets = ToFacets(counter);
        if (facetKey is not null)
        {
            facetCache.Add(searcher.IndexReader, facetKey, facets);
        }

        return (topDocs.ScoreDocs.ToList(), topDocs.TotalHits, facets);
    }

    private string FacetKey(IndexSearcher searcher, SearchRequest request, long threshold) => request.Status == OfferStatus.All
        ? FilterFacetCache.Key(request, 0, 0)
        : FilterFacetCache.Key(request, OfferStatusSets.MinuteOf(threshold), statusSets.ClosedWithinMinute(searcher.IndexReader, request.Culture, threshold));

    /// <summary>
    /// Offers published only in the other language that match (directly or through the glossary): they
    /// follow the others, marked. Their count is exact; only the ones a page can show are fetched. The
    /// required <see cref="OfferDocument.OnlyLanguage"/> term leads the conjunction, so the words are only
    /// matched in untranslated offers (excluding the translated ones instead matched every offer of the
    /// other language first: 7–9 ms for a common word over 100,000 offers).
    /// </summary>
    private static (List<ScoreDoc> Hits, int Total) OnlyInOtherLanguage(IndexSearcher searcher, Query query, string other, int wanted)
    {
        if (searcher.IndexReader.DocFreq(new Term(OfferDocument.OnlyLanguage, other)) == 0)
        {
            // Every offer of the other language is translated (deleted documents may still count here: then the query below says).
            return ([], 0);
        }

        if (wanted == 0)
        {
            var count = new TotalHitCountCollector();
            searcher.Search(query, count);
            return ([], count.TotalHits);
        }

        var top = searcher.Search(query, wanted);
        return (top.ScoreDocs.ToList(), top.TotalHits);
    }

    /// <summary>The words on the fields of one language's offers, without what this index has nothing of (<see cref="QueryPruner"/>).</summary>
    private static Query? InOffersOf(Query? words, SearchLanguage language, IndexSearcher searcher) =>
        words is null ? null : QueryPruner.Prune(DocumentFields.For(words, language)!, searcher.IndexReader) ?? QueryPruner.Nothing;

    private static SearchLanguage LanguageOf(string culture) => culture == SiteCultures.Arabic ? SearchLanguage.Arabic : SearchLanguage.French;

    /// <summary>Offers closing at or before this moment (ticks) are closed; a minute of grace, as the deadline is shown to the minute.</summary>
    private long Threshold() => clock.GetUtcNow().UtcDateTime.AddMinutes(-1).Ticks;

    /// <summary>The filters on keys (country, city…); language and status are <see cref="OfferStatusFilter"/>.</summary>
    private static List<Query> Filters(SearchRequest request)
    {
        var filters = new List<Query>();
        AddTerm(filters, OfferDocument.CountryCode, request.Country);
        AddTerm(filters, OfferDocument.City, request.City);
        AddTerm(filters, OfferDocument.Contract, request.Contract);
        AddTerm(filters, OfferDocument.Sector, request.Sector);
        AddTerm(filters, OfferDocument.Project, request.Project);
        return filters;
    }

    private static void AddTerm(List<Query> filters, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            filters.Add(new TermQuery(new Term(field, value)));
        }
    }

    /// <param name="lead">A required clause put first, so that it leads the conjunction (see <see cref="OnlyInOtherLanguage"/>).</param>
    private Query Combine(Query? text, List<Query> filters, string culture, OfferStatus status, long threshold, Query? lead = null)
    {
        var query = new BooleanQuery();
        if (lead is not null)
        {
            query.Add(new ConstantScoreQuery(lead) { Boost = 0 }, Occur.MUST);
        }

        query.Add(text ?? new MatchAllDocsQuery(), Occur.MUST);
        foreach (var filter in filters)
        {
            // Filters do not change scores.
            query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        return new FilteredQuery(query, new OfferStatusFilter(statusSets, culture, status, threshold), FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);
    }

    private static Query? Either(Query? first, Query? second)
    {
        if (second is null)
        {
            return first;
        }

        return new BooleanQuery { { first!, Occur.SHOULD }, { second, Occur.SHOULD } };
    }

    private Sort? Sorting(SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.Closing => new Sort(new SortField(OfferDocument.ClosesAt, new NumericColumnComparerSource(columns))),
        SearchSort.Newest => new Sort(new SortField(OfferDocument.PublishedAt, new NumericColumnComparerSource(columns), reverse: true)),
        _ when !hasText => new Sort(new SortField(OfferDocument.ClosesAt, new NumericColumnComparerSource(columns))),
        _ => null,
    };

    private static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> ToFacets(FacetCounter counter) =>
        counter.Counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValue>)f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetValue(v.Key, v.Value)).ToList(),
            StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> EmptyFacets() =>
        OfferDocument.FacetFields.ToDictionary(f => f, _ => (IReadOnlyList<FacetValue>)[], StringComparer.Ordinal);

    private static SearchHit ToHit(IndexSearcher searcher, PostingsLookup postings, int docId, bool otherLanguage, IReadOnlyList<SnippetPhrase> phrases)
    {
        // Without words to mark, the summary is the snippet: read it now rather than again.
        var fields = new HitFields(withSummary: phrases.Count == 0);
        searcher.IndexReader.Document(docId, fields);
        var culture = fields.Culture!;
        DateTimeOffset? closesAt = fields.ClosesAt is { } ticks && ticks < DateTime.MaxValue.Ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        return new SearchHit(
            fields.Id!,
            fields.TranslationSet!,
            culture,
            fields.Title!,
            ContentUrls.Offer(culture, fields.Slug!),
            closesAt,
            DateOnly.TryParseExact(fields.ClosesOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closesOn) ? closesOn : null,
            Snippet(searcher, postings, docId, fields, phrases),
            otherLanguage,
            fields.City,
            fields.CountryName!);
    }

    private static string Snippet(IndexSearcher searcher, PostingsLookup postings, int docId, HitFields fields, IReadOnlyList<SnippetPhrase> phrases)
    {
        var body = fields.Text ?? "";
        var fragment = PostingsSnippet.Build(postings, docId, body, phrases);
        if (!string.IsNullOrEmpty(fragment))
        {
            return fragment;
        }

        // No word of the body to mark: the summary (read now if it was not), or the body's beginning.
        var summary = fields.Summary;
        if (summary is null && phrases.Count > 0)
        {
            var withSummary = new HitFields(withSummary: true);
            searcher.IndexReader.Document(docId, withSummary);
            summary = withSummary.Summary;
        }

        var fallback = string.IsNullOrWhiteSpace(summary) ? body : summary;
        return new MinimalHtmlEncoder().EncodeText(fallback.Length > 220 ? fallback[..220].TrimEnd() + "…" : fallback);
    }
}
