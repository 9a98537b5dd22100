using System.Globalization;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Editing;

/// <summary>
/// Typed content to form values and back. Reading never throws: a value that cannot be read (a word in a number
/// field) is reported with its path and code (<c>Integer</c>, <c>Date</c>), and the typed text stays in the form.
/// </summary>
public static class ContentFormMapper
{
    private const string S = ContentForm.SharedScope;

    public static void Write(IContent content, string culture, ContentForm form)
    {
        switch (content)
        {
            case JobOffer offer:
                WriteOffer(offer, culture, form);
                break;
            case Project project:
                form.Set(culture, "name", project.Name);
                form.Set(culture, "acronym", project.Acronym);
                form.Set(culture, "fullName", project.FullName);
                form.Set(culture, "summary", project.Summary);
                form.Set(culture, "body", project.Body);
                form.Set(culture, "location", project.Location);
                form.Set(S, "durationMonths", Number(project.DurationMonths));
                form.Set(culture, "funders", Lines(project.Funders));
                form.Set(culture, "partners", Lines(project.Partners));
                break;
            case Page page:
                form.Set(culture, "title", page.Title);
                form.Set(culture, "summary", page.Summary);
                form.Set(culture, "body", page.Body);
                break;
        }
    }

    public static IContent Read(string contentType, ContentForm form, string culture, Action<string, string> error) => contentType switch
    {
        ContentTypes.JobOffer => ReadOffer(form, culture, error),
        ContentTypes.Project => new Project
        {
            Name = Text(form, culture, "name"),
            Acronym = Optional(form, culture, "acronym"),
            FullName = Optional(form, culture, "fullName"),
            Summary = Optional(form, culture, "summary"),
            Body = Text(form, culture, "body"),
            Location = Optional(form, culture, "location"),
            DurationMonths = Integer(form, S, "durationMonths", error),
            Funders = ReadLines(form, culture, "funders"),
            Partners = ReadLines(form, culture, "partners"),
        },
        _ => new Page
        {
            Title = Text(form, culture, "title"),
            Summary = Optional(form, culture, "summary"),
            Body = Text(form, culture, "body"),
        },
    };

    private static void WriteOffer(JobOffer offer, string culture, ContentForm form)
    {
        form.Set(culture, "title", offer.Title);
        form.Set(culture, "summary", offer.Summary);
        form.Set(S, "reference", offer.Reference);
        form.Set(S, "project", offer.Project);
        form.Set(culture, "country", offer.Country);
        form.Set(S, "countryCode", offer.CountryCode);
        form.Set(culture, "city", offer.City);
        form.Set(S, "contractType", offer.ContractType);
        form.Set(S, "deadline.local", offer.Deadline.Local);
        form.Set(S, "deadline.timeZone", offer.Deadline.TimeZone);
        form.Set(S, "startDate", offer.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        form.Set(culture, "supervisor", offer.Supervisor);
        form.Set(culture, "workingLanguage", offer.WorkingLanguage);
        form.Set(culture, "funders", Lines(offer.Funders));
        form.SetAll(S, "sectors", offer.Sectors);
        form.Set(culture, "partnerInstitutions", Lines(offer.PartnerInstitutions));
        form.SetAll(S, "requiredLanguages", offer.RequiredLanguages);
        form.Set(culture, "educationLevel", offer.EducationLevel);
        form.Set(S, "educationCategory", offer.EducationCategory);
        form.Set(S, "minYearsExperience", Number(offer.MinYearsExperience));
        form.Set(culture, "travel", offer.Travel);
        form.Set(S, "referencesRequired", Number(offer.ReferencesRequired));
        form.Set(S, "responseDelayDays", Number(offer.ResponseDelayDays));
        form.Set(S, "externalApplyUrl", offer.ExternalApplyUrl);
        form.Set(S, "bannerMedia", offer.BannerMedia);

        var sections = offer.Sections;
        form.Set(culture, "sections.project", sections.Project);
        form.Set(culture, "sections.mission", sections.Mission);
        form.Set(culture, "sections.responsibilitiesIntro", sections.ResponsibilitiesIntro);
        form.Set(culture, "sections.qualifications.education", sections.Qualifications.Education);
        form.Set(culture, "sections.qualifications.experience", sections.Qualifications.Experience);
        form.Set(culture, "sections.qualifications.technicalSkills", sections.Qualifications.TechnicalSkills);
        form.Set(culture, "sections.qualifications.personalQualities", sections.Qualifications.PersonalQualities);
        form.Set(culture, "sections.complementaryInfo", sections.ComplementaryInfo);
        form.Set(culture, "sections.documentsIntro", sections.DocumentsIntro);
        form.Set(culture, "sections.howToApply", sections.HowToApply);
        form.Set(culture, "sections.selectionProcess", sections.SelectionProcess);
        for (var i = 0; i < sections.Responsibilities.Count; i++)
        {
            var block = sections.Responsibilities[i];
            var path = $"{EditorLayouts.Responsibilities}[{i}]";
            form.Set(culture, path + ".title", block.Title);
            form.Set(culture, path + ".share", Number(block.Share));
            form.Set(culture, path + ".body", block.Body);
        }

        GrowRows(form, EditorLayouts.Responsibilities, sections.Responsibilities.Count);
        for (var i = 0; i < offer.Documents.Count; i++)
        {
            var document = offer.Documents[i];
            var path = $"{EditorLayouts.Documents}[{i}]";
            form.Set(S, path + ".kind", document.Kind);
            form.Set(S, path + ".label.fr", document.Label.Fr);
            form.Set(S, path + ".label.ar", document.Label.Ar);
            form.SetAll(S, path + ".required", document.Required ? ["true"] : []);
            form.Set(S, path + ".maxFiles", Number(document.MaxFiles));
            form.SetAll(S, path + ".fileTypes", document.FileTypes);
        }

        GrowRows(form, EditorLayouts.Documents, offer.Documents.Count);
    }

    private static JobOffer ReadOffer(ContentForm form, string culture, Action<string, string> error)
    {
        var offer = new JobOffer
        {
            Title = Text(form, culture, "title"),
            Summary = Optional(form, culture, "summary"),
            Reference = Text(form, S, "reference"),
            Project = Optional(form, S, "project"),
            Country = Text(form, culture, "country"),
            CountryCode = Text(form, S, "countryCode").ToUpperInvariant(),
            City = Text(form, culture, "city"),
            ContractType = Text(form, S, "contractType"),
            Deadline = new OfferDeadline { Local = Text(form, S, "deadline.local"), TimeZone = Text(form, S, "deadline.timeZone") },
            StartDate = Date(form, S, "startDate", error),
            Supervisor = Optional(form, culture, "supervisor"),
            WorkingLanguage = Optional(form, culture, "workingLanguage"),
            Funders = ReadLines(form, culture, "funders"),
            Sectors = form.GetAll(S, "sectors").Where(v => v.Length > 0).Distinct().ToList(),
            PartnerInstitutions = ReadLines(form, culture, "partnerInstitutions"),
            RequiredLanguages = form.GetAll(S, "requiredLanguages").Where(v => v.Length > 0).Distinct().ToList(),
            EducationLevel = Optional(form, culture, "educationLevel"),
            EducationCategory = Optional(form, S, "educationCategory"),
            MinYearsExperience = Integer(form, S, "minYearsExperience", error),
            Travel = Optional(form, culture, "travel"),
            ReferencesRequired = Integer(form, S, "referencesRequired", error) ?? 0,
            ResponseDelayDays = Integer(form, S, "responseDelayDays", error),
            ExternalApplyUrl = Optional(form, S, "externalApplyUrl"),
            BannerMedia = Optional(form, S, "bannerMedia"),
        };
        var sections = offer.Sections;
        sections.Project = Optional(form, culture, "sections.project");
        sections.Mission = Optional(form, culture, "sections.mission");
        sections.ResponsibilitiesIntro = Optional(form, culture, "sections.responsibilitiesIntro");
        sections.Qualifications.Education = Optional(form, culture, "sections.qualifications.education");
        sections.Qualifications.Experience = Optional(form, culture, "sections.qualifications.experience");
        sections.Qualifications.TechnicalSkills = Optional(form, culture, "sections.qualifications.technicalSkills");
        sections.Qualifications.PersonalQualities = Optional(form, culture, "sections.qualifications.personalQualities");
        sections.ComplementaryInfo = Optional(form, culture, "sections.complementaryInfo");
        sections.DocumentsIntro = Optional(form, culture, "sections.documentsIntro");
        sections.HowToApply = Optional(form, culture, "sections.howToApply");
        sections.SelectionProcess = Optional(form, culture, "sections.selectionProcess");

        // Blank rows are the "add a row" spaces of the form: skipped. ContentValidator names a row by its index
        // among the kept rows; MapRow remembers where each kept row is on the form, for its messages.
        for (int i = 0, rows = form.RowCount(EditorLayouts.Responsibilities); i < rows; i++)
        {
            var path = $"{EditorLayouts.Responsibilities}[{i}]";
            var block = new ResponsibilityBlock { Title = Text(form, culture, path + ".title"), Body = Text(form, culture, path + ".body") };
            var shareText = Text(form, culture, path + ".share");
            if (block.Title.Length == 0 && block.Body.Length == 0 && shareText.Length == 0)
            {
                continue;
            }

            block.Share = Integer(form, culture, path + ".share", error);
            form.MapRow(culture, EditorLayouts.Responsibilities, sections.Responsibilities.Count, i);
            sections.Responsibilities.Add(block);
        }

        for (int i = 0, rows = form.RowCount(EditorLayouts.Documents); i < rows; i++)
        {
            var path = $"{EditorLayouts.Documents}[{i}]";
            var document = new RequiredDocument
            {
                Kind = Text(form, S, path + ".kind"),
                Label = new LocalizedText { Fr = Text(form, S, path + ".label.fr"), Ar = Text(form, S, path + ".label.ar") },
                Required = form.Has(S, path + ".required", "true"),
                FileTypes = form.GetAll(S, path + ".fileTypes").Where(v => v.Length > 0).Distinct().ToList(),
            };
            if (document.Kind.Length == 0 && document.Label.Fr.Length == 0 && document.Label.Ar.Length == 0)
            {
                continue;
            }

            document.MaxFiles = Integer(form, S, path + ".maxFiles", error) ?? 1;
            form.MapRow(S, EditorLayouts.Documents, offer.Documents.Count, i);
            offer.Documents.Add(document);
        }

        return offer;
    }

    /// <summary>Keeps enough rows for the filled ones plus the blank ones.</summary>
    public static void GrowRows(ContentForm form, string group, int filled) =>
        form.Rows[group] = Math.Max(form.Rows.GetValueOrDefault(group), filled + ContentForm.BlankRows);

    // Browsers send line breaks as CRLF; content keeps LF, so an unchanged text stays byte-identical (no new version).
    private static string Text(ContentForm form, string scope, string path) => form.Get(scope, path).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string? Optional(ContentForm form, string scope, string path) =>
        Text(form, scope, path) is { Length: > 0 } text ? text : null;

    private static List<string> ReadLines(ContentForm form, string scope, string path) =>
        form.Get(scope, path).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int? Integer(ContentForm form, string scope, string path, Action<string, string> error)
    {
        var text = Text(form, scope, path);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        error(path, "Integer");
        return null;
    }

    private static DateOnly? Date(ContentForm form, string scope, string path, Action<string, string> error)
    {
        var text = Text(form, scope, path);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error(path, "Date");
        return null;
    }
}
