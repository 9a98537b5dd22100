using Lucene.Net.Documents;
using Lucene.Net.Util;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Search.Analysis;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// What an offer gives to search: its words in its own language's fields (never analysed by the other
/// language's chain), unstemmed words for typo tolerance, and keys for filters, facets and sorting.
/// </summary>
internal static class OfferDocument
{
    /// <summary>Raise when fields change: an index written with another version is rebuilt at start-up.</summary>
    public const string SchemaVersion = "5";

    public const string Id = "id";
    public const string TranslationSet = "set";
    public const string Culture = "culture";
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Text = "text";
    public const string CountryCode = "country";
    public const string CountryName = "country_name";
    public const string City = "city";
    public const string Contract = "contract";
    public const string Sector = "sector";
    public const string Project = "project";
    public const string ClosesAt = "closes_at";

    /// <summary>The deadline's date where the offer is (Africa/Casablanca…), as the candidate reads it.</summary>
    public const string ClosesOn = "closes_on";
    public const string PublishedAt = "published_at";

    /// <summary>The languages the offer is published in (its own and its translations').</summary>
    public const string Languages = "languages";

    /// <summary>
    /// Set (to its culture) only on an offer with no translation: the other-language pass of a search asks
    /// for it, a clause that leads the conjunction and costs nothing when every offer is translated.
    /// </summary>
    public const string OnlyLanguage = "only_language";

    /// <summary>Fields with document values, usable as facets.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [CountryCode, City, Contract, Sector, Project];

    /// <summary>The facet fields an offer has several values of (the others have one: sorted doc values, cheaper to read).</summary>
    public static readonly IReadOnlySet<string> MultiValuedFacetFields = new HashSet<string>(StringComparer.Ordinal) { Sector };

    public static Document Build(ContentItemVersion version, JobOffer offer, IEnumerable<string> languages, MarkdownRenderer markdown)
    {
        var language = version.Culture == SiteCultures.Arabic ? SearchLanguage.Arabic : SearchLanguage.French;
        var body = BodyText(offer, markdown);
        var document = new Document
        {
            new StringField(Id, version.ContentItemId, Field.Store.YES),
            new StringField(TranslationSet, version.TranslationSet, Field.Store.YES),
            new StringField(Culture, version.Culture, Field.Store.YES),
            new StoredField(Slug, version.Slug),
            new StoredField(Title, offer.Title),
            new StoredField(Summary, offer.Summary ?? ""),
            new StoredField(Text, body),
            new StoredField(CountryName, offer.Country),
            new StoredField(ClosesOn, OfferDeadlines.ToZoned(offer.Deadline).Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new Int64Field(ClosesAt, (version.DeadlineUtc ?? DateTime.MaxValue).Ticks, Field.Store.YES),
            new NumericDocValuesField(ClosesAt, (version.DeadlineUtc ?? DateTime.MaxValue).Ticks),
            new NumericDocValuesField(PublishedAt, (version.PublishedUtc ?? version.CreatedUtc).Ticks),
        };

        foreach (var field in SearchTextFields.Create(language, offer.Title, body))
        {
            document.Add(field);
        }

        var published = languages.Append(version.Culture).Distinct(StringComparer.Ordinal).ToList();
        foreach (var culture in published)
        {
            document.Add(new StringField(Languages, culture, Field.Store.NO));
        }

        if (published.Count == 1)
        {
            document.Add(new StringField(OnlyLanguage, version.Culture, Field.Store.NO));
        }

        AddKey(document, CountryCode, offer.CountryCode);
        AddKey(document, City, offer.City);
        AddKey(document, Contract, offer.ContractType);
        AddKey(document, Project, offer.Project);
        foreach (var sector in offer.Sectors.Distinct(StringComparer.Ordinal))
        {
            AddKey(document, Sector, sector);
        }

        return document;
    }

    /// <summary>A key is filtered on (indexed as is), counted for facets (doc values) and shown (stored).</summary>
    private static void AddKey(Document document, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(MultiValuedFacetFields.Contains(field)
            ? new SortedSetDocValuesField(field, new BytesRef(value))
            : new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static string BodyText(JobOffer offer, MarkdownRenderer markdown)
    {
        var sections = offer.Sections;
        var parts = new List<string?>
        {
            offer.Summary, offer.City, offer.Country, offer.EducationLevel, offer.Travel, offer.Supervisor,
            string.Join(", ", offer.PartnerInstitutions), string.Join(", ", offer.Funders),
            sections.Project, sections.Mission, sections.ResponsibilitiesIntro,
        };
        foreach (var block in sections.Responsibilities)
        {
            parts.Add(block.Title);
            parts.Add(block.Body);
        }

        parts.AddRange([sections.Qualifications.Education, sections.Qualifications.Experience, sections.Qualifications.TechnicalSkills,
            sections.Qualifications.PersonalQualities, sections.ComplementaryInfo, sections.HowToApply, sections.SelectionProcess]);
        return string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => markdown.ToPlainText(p).Trim()));
    }
}
