using System.Net;
using System.Text.Json;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Search;

/// <summary>The JSON API over the seeded site plus the demo offers (site date: 26 Nov 2026).</summary>
public sealed class SearchApiTests : IClassFixture<SearchApiTests.DemoSite>
{
    private readonly HttpClient client;

    public SearchApiTests(DemoSite site) => client = site.CreateClient();

    public sealed class DemoSite : SiteFactory
    {
        public DemoSite()
            : base(database: null, now: null) => With("ThammJobs:ImportDemoRecipe", "true");
    }

    [Fact]
    public async Task The_answer_has_the_documented_shape()
    {
        var answer = await SearchApi.GetAsync(client, "q=migration&culture=fr&status=all");

        Assert.True(answer.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(1, answer.GetProperty("page").GetInt32());
        Assert.Equal(20, answer.GetProperty("pageSize").GetInt32());
        var first = answer.GetProperty("results")[0];
        foreach (var property in new[] { "id", "translationSet", "culture", "title", "url", "closesAt", "snippet", "matchedInOtherLanguage" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }

        Assert.Equal("offer-expert-migration-nationale-fr", first.GetProperty("id").GetString());
        Assert.Equal("/fr/offres/expert-migration-nationale-thamm-equipe-france", first.GetProperty("url").GetString());
        Assert.Equal("2026-03-19T23:59:00+00:00", first.GetProperty("closesAt").GetString());
        Assert.Equal("2026-03-19", first.GetProperty("closesOn").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        foreach (var facet in new[] { "country", "city", "contract", "sector", "project" })
        {
            Assert.True(answer.GetProperty("facets").TryGetProperty(facet, out _), facet);
        }
    }

    [Fact]
    public async Task Closed_offers_are_hidden_unless_asked_for()
    {
        var open = await SearchApi.IdsAsync(client, "q=migration&culture=fr");
        var closed = await SearchApi.IdsAsync(client, "q=migration&culture=fr&status=closed");

        Assert.DoesNotContain("offer-expert-migration-nationale-fr", open);
        Assert.Equal(["offer-expert-migration-nationale-fr"], closed);
    }

    [Fact]
    public async Task Filters_narrow_and_facets_count_what_matches()
    {
        var all = await SearchApi.GetAsync(client, "culture=fr");
        var contracts = all.GetProperty("facets").GetProperty("contract").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        Assert.Equal(2, contracts["CDD"]);
        Assert.Equal(1, contracts["CDI"]);
        Assert.Equal(1, contracts["Consultance"]);

        var cdd = await SearchApi.GetAsync(client, "culture=fr&contract=CDD");
        Assert.Equal(2, cdd.GetProperty("total").GetInt32());
        var agadir = await SearchApi.GetAsync(client, "culture=fr&city=Agadir&sector=agriculture");
        Assert.Equal("demo-offer-mobilite-agriculture-fr", Assert.Single(agadir.GetProperty("results").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Sorting_by_closing_date_puts_the_nearest_deadline_first()
    {
        var answer = await SearchApi.GetAsync(client, "culture=fr&sort=closing");
        var deadlines = answer.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("closesAt").GetDateTimeOffset()).ToList();

        Assert.Equal(4, deadlines.Count);
        Assert.Equal(deadlines.Order(), deadlines);
    }

    [Fact]
    public async Task Paging_splits_the_results_without_losing_any()
    {
        var first = await SearchApi.IdsAsync(client, "culture=fr&status=all&pageSize=2&page=1&sort=closing");
        var second = await SearchApi.IdsAsync(client, "culture=fr&status=all&pageSize=2&page=2&sort=closing");
        var third = await SearchApi.IdsAsync(client, "culture=fr&status=all&pageSize=2&page=3&sort=closing");

        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Single(third);
        Assert.Equal(5, first.Concat(second).Concat(third).Distinct().Count());
    }

    [Fact]
    public async Task An_Arabic_query_finds_Arabic_text_with_readable_highlights()
    {
        var answer = await SearchApi.GetAsync(client, $"q={SearchApi.Encode("الهجرة")}&culture=ar&status=all");

        var first = answer.GetProperty("results")[0];
        Assert.Equal("ar", first.GetProperty("culture").GetString());
        var snippet = first.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_words_on_the_French_site_find_French_offers_through_the_glossary()
    {
        var answer = await SearchApi.GetAsync(client, $"q={SearchApi.Encode("الفلاحة")}&culture=fr");

        var results = answer.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("id").GetString() == "demo-offer-mobilite-agriculture-fr");
        Assert.All(results, r => Assert.Equal("fr", r.GetProperty("culture").GetString()));
        Assert.All(results, r => Assert.False(r.GetProperty("matchedInOtherLanguage").GetBoolean()));
    }

    [Fact]
    public async Task A_typo_gets_a_suggestion_and_results()
    {
        var answer = await SearchApi.GetAsync(client, "q=migrasion&culture=fr&status=all");

        Assert.Equal("migration", answer.GetProperty("didYouMean").GetString());
        Assert.True(answer.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData("q=%22unterminated")]
    [InlineData("q=C%2B%2B+(senior")]
    [InlineData("q=AND")]
    [InlineData("q=OR+OR")]
    [InlineData("q=*")]
    [InlineData("q=*anapec")]
    [InlineData("q=le+la+les+des")]
    [InlineData("q=%F0%9F%98%80%F0%9F%9A%80")]
    [InlineData("q=%E2%80%8F%E2%80%AEmigration%E2%80%AC")]
    [InlineData("q=%00%01%02")]
    [InlineData("q=")]
    public async Task Any_query_text_gets_an_answer(string query)
    {
        var answer = await SearchApi.GetAsync(client, query + "&culture=fr&status=all");

        Assert.True(answer.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Very_long_and_many_term_queries_get_an_answer()
    {
        var longWord = new string('a', 5000);
        var manyTerms = string.Join('+', Enumerable.Range(0, 3000).Select(i => "mot" + i));

        Assert.True((await SearchApi.GetAsync(client, "q=" + longWord)).GetProperty("total").GetInt32() >= 0);
        Assert.True((await SearchApi.GetAsync(client, "q=" + manyTerms)).GetProperty("total").GetInt32() >= 0);
    }

    [Theory]
    [InlineData("culture=en", "culture")]
    [InlineData("status=maybe", "status")]
    [InlineData("sort=random", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("q=a&q=b", "q")]
    public async Task Invalid_parameters_get_a_400_problem_naming_them(string query, string parameter)
    {
        var response = await client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out var messages));
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task Problems_are_described_in_the_language_asked_for()
    {
        var response = await client.GetAsync("/api/search?culture=ar&page=0");

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("معطيات بحث غير صالحة", problem.RootElement.GetProperty("title").GetString());
    }
}
