using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>
/// Rules every stored content must satisfy, whoever writes it (recipe, back office). Each problem is
/// reported with the path of its field, so a recipe error names the field and an editor sees it beside it.
/// Drafts (<see cref="ValidationLevel.Draft"/>) skip the completeness rules (required fields, a required
/// document) but keep the format rules; only the title is needed, since lists show it.
/// </summary>
public static class ContentValidator
{
    /// <summary>Publishing-level check with the French messages, as recipes report them.</summary>
    public static void Validate(IContent content, Action<string, string> report) => Validate(content, ValidationLevel.Publish, report);

    public static void Validate(IContent content, ValidationLevel level, Action<string, string> report)
    {
        foreach (var problem in Check(content, level))
        {
            report(problem.Field, problem.Message);
        }
    }

    public static IReadOnlyList<ContentProblem> Check(IContent content, ValidationLevel level)
    {
        var problems = new List<ContentProblem>();
        Check(content, problem =>
        {
            if (level == ValidationLevel.Publish || problem.Code != Codes.Required || problem.Field is "title" or "name")
            {
                problems.Add(problem);
            }
        });
        return problems;
    }

    /// <summary>
    /// An offer cannot go online already closed, nor have its deadline moved into the past by accident: publishing
    /// an offer whose deadline has passed is refused, unless the published version already had that very deadline
    /// (correcting the text of a closed offer keeps it published and closed).
    /// </summary>
    public static ContentProblem? CheckDeadlineForPublishing(JobOffer offer, DateTimeOffset now, DateTime? publishedDeadlineUtc)
    {
        if (OfferDeadlines.TryToUtc(offer.Deadline) is not { } deadline || OfferDeadlines.IsOpen(deadline, now) || deadline == publishedDeadlineUtc)
        {
            return null;
        }

        return new ContentProblem("deadline.local", Codes.PastDeadline, "la date limite est passée : une offre ne peut être publiée ouverte avec une date limite passée");
    }

    /// <summary>Problem codes; the back office has a message for each (<c>Editor.Error.{code}</c>).</summary>
    public static class Codes
    {
        public const string Required = "Required";
        public const string CountryCode = "CountryCode";
        public const string UnknownValue = "UnknownValue";
        public const string LocalDateTime = "LocalDateTime";
        public const string TimeZone = "TimeZone";
        public const string Range = "Range";
        public const string RequiredDocument = "RequiredDocument";
        public const string DuplicateDocument = "DuplicateDocument";
        public const string HttpUrl = "HttpUrl";
        public const string PastDeadline = "PastDeadline";
    }

    private static void Check(IContent content, Action<ContentProblem> report)
    {
        switch (content)
        {
            case JobOffer offer:
                ValidateOffer(offer, report);
                break;
            case Project project:
                Required(project.Name, "name", report);
                break;
            case Page page:
                Required(page.Title, "title", report);
                Required(page.Body, "body", report);
                break;
        }
    }

    private static void ValidateOffer(JobOffer offer, Action<ContentProblem> report)
    {
        Required(offer.Title, "title", report);
        Required(offer.Reference, "reference", report);
        Required(offer.Country, "country", report);
        Required(offer.City, "city", report);
        if (string.IsNullOrEmpty(offer.CountryCode))
        {
            Required(offer.CountryCode, "countryCode", report);
        }
        else if (offer.CountryCode.Length != 2 || !offer.CountryCode.All(char.IsAsciiLetterUpper))
        {
            report(new("countryCode", Codes.CountryCode, $"« {offer.CountryCode} » n'est pas un code pays ISO à deux lettres majuscules", offer.CountryCode));
        }

        InList(offer.ContractType, ContentVocabulary.ContractTypes, "contractType", report);

        if (string.IsNullOrEmpty(offer.Deadline.Local))
        {
            Required(offer.Deadline.Local, "deadline.local", report);
        }
        else if (!OfferDeadlines.TryParseLocal(offer.Deadline.Local, out _))
        {
            report(new("deadline.local", Codes.LocalDateTime, $"« {offer.Deadline.Local} » n'est pas une date-heure locale AAAA-MM-JJTHH:MM", offer.Deadline.Local));
        }

        if (string.IsNullOrEmpty(offer.Deadline.TimeZone))
        {
            Required(offer.Deadline.TimeZone, "deadline.timeZone", report);
        }
        else if (OfferDeadlines.FindZone(offer.Deadline.TimeZone) is null)
        {
            report(new("deadline.timeZone", Codes.TimeZone, $"fuseau horaire IANA inconnu « {offer.Deadline.TimeZone} »", offer.Deadline.TimeZone));
        }

        for (var i = 0; i < offer.Sectors.Count; i++)
        {
            InList(offer.Sectors[i], ContentVocabulary.Sectors, $"sectors[{i}]", report);
        }

        for (var i = 0; i < offer.RequiredLanguages.Count; i++)
        {
            InList(offer.RequiredLanguages[i], ContentVocabulary.Languages, $"requiredLanguages[{i}]", report);
        }

        if (!string.IsNullOrEmpty(offer.EducationCategory))
        {
            InList(offer.EducationCategory, ContentVocabulary.EducationCategories, "educationCategory", report);
        }

        if (offer.MinYearsExperience is < 0 or > 60)
        {
            Range("minYearsExperience", 0, 60, report);
        }

        if (offer.ReferencesRequired is < 0 or > 10)
        {
            Range("referencesRequired", 0, 10, report);
        }

        if (offer.ResponseDelayDays is < 1 or > 365)
        {
            Range("responseDelayDays", 1, 365, report);
        }

        ValidateDocuments(offer.Documents, report);

        for (var i = 0; i < offer.Sections.Responsibilities.Count; i++)
        {
            var block = offer.Sections.Responsibilities[i];
            Required(block.Title, $"sections.responsibilities[{i}].title", report);
            if (block.Share is < 0 or > 100)
            {
                report(new($"sections.responsibilities[{i}].share", Codes.Range, "doit être un pourcentage entre 0 et 100", 0, 100));
            }
        }

        if (offer.ExternalApplyUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            report(new("externalApplyUrl", Codes.HttpUrl, "doit être une adresse http(s) complète"));
        }

        // Whether the image still exists is checked where it is drawn (a missing banner is simply not shown).
        if (offer.BannerMedia is { } banner && !Media.MediaUrls.IsId(banner))
        {
            report(new("bannerMedia", Codes.UnknownValue, "doit être une image de la médiathèque"));
        }
    }

    private static void ValidateDocuments(List<RequiredDocument> documents, Action<ContentProblem> report)
    {
        if (!documents.Any(d => d.Required))
        {
            report(new("documents", Codes.RequiredDocument, "une offre demande au moins un document obligatoire"));
        }

        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            InList(document.Kind, ContentVocabulary.DocumentKinds, $"documents[{i}].kind", report);
            if (document.Kind is not ("other" or "") && !kinds.Add(document.Kind))
            {
                report(new($"documents[{i}].kind", Codes.DuplicateDocument, $"le document « {document.Kind} » figure deux fois", document.Kind));
            }

            Required(document.Label.Fr, $"documents[{i}].label.fr", report);
            Required(document.Label.Ar, $"documents[{i}].label.ar", report);
            if (document.MaxFiles is < 1 or > 20)
            {
                Range($"documents[{i}].maxFiles", 1, 20, report);
            }

            foreach (var type in document.FileTypes)
            {
                InList(type, ContentVocabulary.FileTypes, $"documents[{i}].fileTypes", report);
            }
        }
    }

    private static void Required(string? value, string field, Action<ContentProblem> report)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            report(new(field, Codes.Required, "champ obligatoire manquant"));
        }
    }

    private static void Range(string field, int min, int max, Action<ContentProblem> report) =>
        report(new(field, Codes.Range, $"doit être compris entre {min} et {max}", min, max));

    /// <summary>An empty value is a missing one (a draft may leave it for later), not an unknown one.</summary>
    private static void InList(string value, IReadOnlySet<string> allowed, string field, Action<ContentProblem> report)
    {
        if (string.IsNullOrEmpty(value))
        {
            Required(value, field, report);
        }
        else if (!allowed.Contains(value))
        {
            report(new(field, Codes.UnknownValue, $"valeur inconnue « {value} » (attendu : {string.Join(", ", allowed)})", value));
        }
    }
}
