using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>
/// Rules every stored content must satisfy, whoever writes it (recipe, back office). Each problem is
/// reported with the path of its field, so a recipe error names the field and an editor sees it beside it.
/// </summary>
public static class ContentValidator
{
    public static void Validate(IContent content, Action<string, string> report)
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

    private static void ValidateOffer(JobOffer offer, Action<string, string> report)
    {
        Required(offer.Title, "title", report);
        Required(offer.Reference, "reference", report);
        Required(offer.Country, "country", report);
        Required(offer.City, "city", report);
        if (offer.CountryCode.Length != 2 || !offer.CountryCode.All(char.IsAsciiLetterUpper))
        {
            report("countryCode", $"« {offer.CountryCode} » n'est pas un code pays ISO à deux lettres majuscules");
        }

        InList(offer.ContractType, ContentVocabulary.ContractTypes, "contractType", report);

        if (!OfferDeadlines.TryParseLocal(offer.Deadline.Local, out _))
        {
            report("deadline.local", $"« {offer.Deadline.Local} » n'est pas une date-heure locale AAAA-MM-JJTHH:MM");
        }

        if (OfferDeadlines.FindZone(offer.Deadline.TimeZone) is null)
        {
            report("deadline.timeZone", $"fuseau horaire IANA inconnu « {offer.Deadline.TimeZone} »");
        }

        for (var i = 0; i < offer.Sectors.Count; i++)
        {
            InList(offer.Sectors[i], ContentVocabulary.Sectors, $"sectors[{i}]", report);
        }

        for (var i = 0; i < offer.RequiredLanguages.Count; i++)
        {
            InList(offer.RequiredLanguages[i], ContentVocabulary.Languages, $"requiredLanguages[{i}]", report);
        }

        if (offer.EducationCategory is not null)
        {
            InList(offer.EducationCategory, ContentVocabulary.EducationCategories, "educationCategory", report);
        }

        if (offer.MinYearsExperience is < 0 or > 60)
        {
            report("minYearsExperience", "doit être compris entre 0 et 60");
        }

        if (offer.ReferencesRequired is < 0 or > 10)
        {
            report("referencesRequired", "doit être compris entre 0 et 10");
        }

        if (offer.ResponseDelayDays is < 1 or > 365)
        {
            report("responseDelayDays", "doit être compris entre 1 et 365");
        }

        ValidateDocuments(offer.Documents, report);

        for (var i = 0; i < offer.Sections.Responsibilities.Count; i++)
        {
            var block = offer.Sections.Responsibilities[i];
            Required(block.Title, $"sections.responsibilities[{i}].title", report);
            if (block.Share is < 0 or > 100)
            {
                report($"sections.responsibilities[{i}].share", "doit être un pourcentage entre 0 et 100");
            }
        }

        if (offer.ExternalApplyUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            report("externalApplyUrl", "doit être une adresse http(s) complète");
        }
    }

    private static void ValidateDocuments(List<RequiredDocument> documents, Action<string, string> report)
    {
        if (!documents.Any(d => d.Required))
        {
            report("documents", "une offre demande au moins un document obligatoire");
        }

        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            InList(document.Kind, ContentVocabulary.DocumentKinds, $"documents[{i}].kind", report);
            if (document.Kind != "other" && !kinds.Add(document.Kind))
            {
                report($"documents[{i}].kind", $"le document « {document.Kind} » figure deux fois");
            }

            Required(document.Label.Fr, $"documents[{i}].label.fr", report);
            Required(document.Label.Ar, $"documents[{i}].label.ar", report);
            if (document.MaxFiles is < 1 or > 20)
            {
                report($"documents[{i}].maxFiles", "doit être compris entre 1 et 20");
            }

            foreach (var type in document.FileTypes)
            {
                InList(type, ContentVocabulary.FileTypes, $"documents[{i}].fileTypes", report);
            }
        }
    }

    private static void Required(string? value, string field, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            report(field, "champ obligatoire manquant");
        }
    }

    private static void InList(string value, IReadOnlySet<string> allowed, string field, Action<string, string> report)
    {
        if (!allowed.Contains(value))
        {
            report(field, $"valeur inconnue « {value} » (attendu : {string.Join(", ", allowed)})");
        }
    }
}
