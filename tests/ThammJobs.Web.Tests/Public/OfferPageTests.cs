using System.Net;
using System.Text.Json;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Public;

/// <summary>The seeded THAMM+ posting, as a candidate reads it in French and in Arabic (site date: 26 Nov 2026).</summary>
public sealed class OfferPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private const string Slug = "expert-migration-nationale-thamm-equipe-france";

    [Fact]
    public async Task The_French_page_carries_every_section_of_the_seed_posting()
    {
        var (response, document) = await Html.GetAsync(site.CreateClient(), $"/fr/offres/{Slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.VisibleText(document);

        Assert.Equal("Expert.e Migration nationale THAMM+ Équipe France", document.QuerySelector("h1")!.TextContent);
        string[] expected =
        [
            // Facts and complementary information
            "Rabat, Maroc", "CDI", "19 mars 2026 à 23:59", "heure du Maroc", "Africa/Casablanca", "1er avril 2026",
            "Chef de projet THAMM+ Équipe France", "Langue de travail : Français", "Union européenne, AFD",
            "Master (Bac+5)", "8 ans minimum", "Agriculture", "Hôtellerie-restauration",
            // Sections
            "Le projet", "Description de la mission", "Responsabilités principales (indicatives)",
            "Qualifications et compétences", "Informations complémentaires", "Documents à fournir", "Pour postuler", "Processus de sélection",
            // Responsibility blocks with their shares
            "Conduite des diagnostics et analyses stratégiques", "≈ 40 %",
            "Appui technique à la structuration des dispositifs de mobilité circulaire", "≈ 20 %",
            "Contribution au dialogue institutionnel et aux partenariats public-privé", "≈ 25 %",
            "Suivi technique, reporting et capitalisation", "≈ 15 %",
            // Qualifications, verbatim
            "Diplôme de niveau Master (Bac+5) minimum", "Expérience professionnelle minimale de 8 ans",
            "Maîtrise du français et de l'arabe exigée", "Rigueur analytique et esprit de synthèse",
            // Documents to provide
            "CV", "Lettre de motivation", "Copies conformes des diplômes", "Trois références professionnelles incluant contacts mails et téléphoniques",
            // How to apply and selection
            "Sans réponse de notre part dans un délai de 3 semaines", "une liste restreinte sera établie librement par Expertise France",
            "un ou plusieurs entretiens",
            // Inclusive writing is plain text
            "travailleur.ses marocain.es", "travailleur.se.s",
        ];
        foreach (var fragment in expected)
        {
            Assert.Contains(fragment, text, StringComparison.Ordinal);
        }

        Assert.Equal(4, document.QuerySelectorAll("ol.blocks > li").Length);
        Assert.Equal(5, document.QuerySelectorAll("ol.blocks > li:first-child li").Length);
    }

    [Fact]
    public async Task A_closed_offer_says_so_and_offers_no_way_to_apply()
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), $"/fr/offres/{Slug}");

        Assert.Contains("Cette offre est clôturée depuis le 19 mars 2026 à 23:59", document.QuerySelector(".notice-closed")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("a.button[href='#postuler']"));
        Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("gestmax", StringComparison.Ordinal));
        Assert.Contains("expertise-france.gestmax.fr", document.QuerySelector("#postuler")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Arabic_page_is_complete_and_right_to_left()
    {
        var (response, document) = await Html.GetAsync(site.CreateClient(), $"/ar/offres/{Slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.VisibleText(document);

        Assert.Equal("ar", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        string[] expected =
        [
            "خبير(ة) في الهجرة الوطنية", "الرباط، المغرب", "19 مارس 2026 على الساعة 23:59", "بتوقيت المغرب",
            "المشروع", "وصف المهمة", "المسؤوليات الرئيسية (إرشادية)", "المؤهلات والكفاءات", "معلومات تكميلية",
            "الوثائق المطلوبة", "كيفية الترشح", "مسطرة الانتقاء",
            "≈ 40%", "≈ 20%", "≈ 25%", "≈ 15%",
            "السيرة الذاتية", "رسالة التحفيز", "نسخ مطابقة للأصل من الشهادات", "ثلاثة مراجع مهنية",
            "الوكالة الوطنية لإنعاش التشغيل والكفاءات", "عرض مغلق", "8 سنوات على الأقل",
        ];
        foreach (var fragment in expected)
        {
            Assert.Contains(fragment, text, StringComparison.Ordinal);
        }

        Assert.Equal(4, document.QuerySelectorAll("ol.blocks > li").Length);
    }

    [Theory]
    [InlineData("fr", "ar")]
    [InlineData("ar", "fr")]
    public async Task Each_language_links_to_the_other(string culture, string other)
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), $"/{culture}/offres/{Slug}");

        var alternate = document.QuerySelector($"link[rel=alternate][hreflang={other}]")!.GetAttribute("href")!;
        Assert.EndsWith($"/{other}/offres/{Slug}", alternate, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector($"link[rel=alternate][hreflang={culture}]"));
        var switcher = document.QuerySelector("a.lang-switch")!;
        Assert.Equal($"/{other}/offres/{Slug}", switcher.GetAttribute("href"));
        Assert.Equal(other, switcher.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task The_page_carries_schema_org_JobPosting(string culture)
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), $"/{culture}/offres/{Slug}");

        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        var posting = Assert.Single(scripts);
        using var json = JsonDocument.Parse(posting.TextContent);
        var root = json.RootElement;
        Assert.Equal("JobPosting", root.GetProperty("@type").GetString());
        Assert.Equal(document.QuerySelector("h1")!.TextContent.Replace("\u200E", "", StringComparison.Ordinal), root.GetProperty("title").GetString());
        Assert.Equal("2026-03-19T23:59:00+00:00", root.GetProperty("validThrough").GetString());
        Assert.Equal("FULL_TIME", root.GetProperty("employmentType").GetString());
        Assert.Equal("Expertise France", root.GetProperty("hiringOrganization").GetProperty("name").GetString());
        Assert.Equal("MA", root.GetProperty("jobLocation").GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.Equal("I4890", root.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("postgraduate degree", root.GetProperty("educationRequirements").GetProperty("credentialCategory").GetString());
        Assert.Equal(96, root.GetProperty("experienceRequirements").GetProperty("monthsOfExperience").GetInt32());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("datePosted").GetString()!);
        Assert.Contains("<li>", root.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_offer_is_a_404_in_the_language_of_the_address()
    {
        var client = site.CreateClient();

        var (french, frenchPage) = await Html.GetAsync(client, "/fr/offres/n-existe-pas");
        var (arabic, arabicPage) = await Html.GetAsync(client, "/ar/offres/n-existe-pas");

        Assert.Equal(HttpStatusCode.NotFound, french.StatusCode);
        Assert.Equal("Page introuvable", frenchPage.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, arabic.StatusCode);
        Assert.Equal("الصفحة غير موجودة", arabicPage.QuerySelector("h1")!.TextContent);
        Assert.Equal("rtl", arabicPage.DocumentElement.GetAttribute("dir"));
    }
}
