using System.Net;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Search;

/// <summary>The offers page is the search page: a plain GET form that works without JavaScript.</summary>
public sealed class SearchPageTests(SearchApiTests.DemoSite site) : IClassFixture<SearchApiTests.DemoSite>
{
    [Theory]
    [InlineData("fr", "migration", "Expert.e Migration nationale")]
    [InlineData("ar", "الهجرة", "خبير(ة) في الهجرة الوطنية")]
    public async Task Searching_shows_highlighted_results_in_the_page_language(string culture, string words, string title)
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), $"/{culture}/offres?status=all&q={Uri.EscapeDataString(words)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(words, page.QuerySelector("input[name=q]")!.GetAttribute("value"));
        var first = page.QuerySelector("ol.results li.card")!;
        Assert.Contains(title, first.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".snippet mark"));
        Assert.NotNull(page.QuerySelector("form[method=get][role=search]"));
    }

    [Fact]
    public async Task Filters_show_counts_and_keep_the_choice()
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), "/fr/offres?contract=CDD");

        var contract = page.QuerySelector("select[name=contract]")!;
        var selected = contract.QuerySelector("option[selected]")!;
        Assert.Equal("CDD", selected.GetAttribute("value"));
        Assert.Contains("(2)", selected.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("ol.results li.card").Length);
    }

    [Fact]
    public async Task Nothing_found_says_so_and_suggests_what_to_try()
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/fr/offres?q=zzzzqqqq");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aucune offre ne correspond à votre recherche.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_that_make_no_sense_are_ignored_with_a_message_not_an_error()
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/ar/offres?page=-4&status=zz&q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = page.QuerySelector(".notice")!.TextContent;
        Assert.Contains("لم يتم فهم جزء من العنوان", notice, StringComparison.Ordinal);
        Assert.Contains("page", notice, StringComparison.Ordinal);
        Assert.Equal("الهجرة", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_typo_offers_the_corrected_search()
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), "/fr/offres?q=migrasion&status=all");

        var link = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("migration", link.TextContent);
        Assert.Contains("q=migration", link.GetAttribute("href"), StringComparison.Ordinal);
    }
}
