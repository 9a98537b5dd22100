using System.Net;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Public;

/// <summary>Every public page, in both languages, on the seeded site (site date: 26 Nov 2026).</summary>
public sealed class SitePagesTests(SeededSite site) : IClassFixture<SeededSite>
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "fr", "/fr", "Offres d'emploi" },
        { "ar", "/ar", "عروض الشغل" },
        { "fr", "/fr/offres", "Offres ouvertes" },
        { "ar", "/ar/offres", "العروض المفتوحة" },
        { "fr", "/fr/offres?status=closed", "Offres clôturées" },
        { "ar", "/ar/offres?status=closed", "العروض المغلقة" },
        { "fr", "/fr/offres/expert-migration-nationale-thamm-equipe-france", "Expert.e Migration nationale THAMM+ Équipe France" },
        { "ar", "/ar/offres/expert-migration-nationale-thamm-equipe-france", "خبير(ة) في الهجرة الوطنية" },
        { "fr", "/fr/projets/thamm-plus-equipe-france", "THAMM+ Équipe France" },
        { "ar", "/ar/projets/thamm-plus-equipe-france", "فريق فرنسا" },
        { "fr", "/fr/pages/a-propos", "À propos" },
        { "ar", "/ar/pages/a-propos", "من نحن" },
        { "fr", "/fr/pages/donnees-personnelles", "Données personnelles" },
        { "ar", "/ar/pages/donnees-personnelles", "المعطيات الشخصية" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_answers_in_its_language_and_direction(string culture, string url, string heading)
    {
        var (response, document) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", document.DocumentElement.GetAttribute("dir"));
        Assert.Contains(heading, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector($"link[rel=alternate][hreflang={(culture == "fr" ? "ar" : "fr")}]"));
        Assert.NotNull(document.QuerySelector("a.lang-switch"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_French_interface_text_appears_on_an_Arabic_page(string culture, string url, string heading)
    {
        _ = heading;
        if (culture != "ar")
        {
            return;
        }

        var (_, document) = await Html.GetAsync(site.CreateClient(), url);
        var text = Html.VisibleText(document);

        foreach (var fragment in UiStrings.FrenchOnlyFragments())
        {
            Assert.DoesNotContain(fragment, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_home_page_lists_no_open_offer_and_links_to_the_closed_one()
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), "/fr");

        Assert.Empty(document.QuerySelectorAll("#main .card"));
        Assert.Contains("Aucune offre n'est ouverte", document.Body!.TextContent, StringComparison.Ordinal);
        var closed = document.QuerySelector("a[href='/fr/offres?status=closed']")!;
        Assert.Equal("Offres clôturées (1)", closed.TextContent);

        var (_, closedList) = await Html.GetAsync(site.CreateClient(), "/fr/offres?status=closed");
        var card = Assert.Single(closedList.QuerySelectorAll(".card"));
        Assert.Contains("Offre clôturée", card.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar,fr;q=0.8", "/ar")]
    [InlineData("ar-MA", "/ar")]
    [InlineData("fr-FR,fr;q=0.9", "/fr")]
    [InlineData("en-US,en;q=0.9", "/fr")]
    [InlineData("ar;q=0.5,fr;q=0.9", "/fr")]
    [InlineData("en,ar;q=0.3", "/ar")]
    [InlineData("", "/fr")]
    public async Task The_root_redirects_by_Accept_Language(string acceptLanguage, string expected)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/de/offres")]
    [InlineData("/fr/nowhere")]
    [InlineData("/fr/pages/../../etc/passwd")]
    [InlineData("/fr/projets/%D8%A7")]
    public async Task Odd_addresses_get_a_readable_404_never_a_500(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ar/offres/%FF%FE")]
    [InlineData("/fr/offres?status=%00%27%22<script>")]
    [InlineData("/fr/offres?status=closed&status=open")]
    public async Task Malformed_input_in_addresses_never_yields_a_server_error(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} gave {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
