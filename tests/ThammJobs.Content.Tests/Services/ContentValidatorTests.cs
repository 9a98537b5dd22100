using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Tests.Services;

public sealed class ContentValidatorTests
{
    private static JobOffer ValidOffer() => new()
    {
        Title = "Expert.e",
        Reference = "REF-1",
        Country = "Maroc",
        CountryCode = "MA",
        City = "Rabat",
        ContractType = "CDI",
        Deadline = new OfferDeadline { Local = "2030-01-31T23:59", TimeZone = "Africa/Casablanca" },
        Documents = [new RequiredDocument { Kind = "cv", Label = new LocalizedText { Fr = "CV", Ar = "السيرة الذاتية" }, Required = true, MaxFiles = 1 }],
        ReferencesRequired = 3,
        ResponseDelayDays = 21,
    };

    private static List<string> Problems(IContent content)
    {
        var problems = new List<string>();
        ContentValidator.Validate(content, (field, message) => problems.Add($"{field}: {message}"));
        return problems;
    }

    [Fact]
    public void A_complete_offer_passes() => Assert.Empty(Problems(ValidOffer()));

    [Fact]
    public void Each_problem_names_its_field()
    {
        var offer = ValidOffer();
        offer.Title = " ";
        offer.CountryCode = "Maroc";
        offer.ContractType = "CDI-interim";
        offer.Deadline = new OfferDeadline { Local = "31/01/2030", TimeZone = "Africa/Casablance" };
        offer.Sectors = ["agriculture", "peche"];
        offer.ExternalApplyUrl = "javascript:alert(1)";

        var problems = Problems(offer);

        Assert.Contains(problems, p => p.StartsWith("title:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("countryCode:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("contractType:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("deadline.local:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("deadline.timeZone:", StringComparison.Ordinal) && p.Contains("Africa/Casablance", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("sectors[1]:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("externalApplyUrl:", StringComparison.Ordinal));
        Assert.Equal(7, problems.Count);
    }

    [Fact]
    public void An_offer_needs_a_required_document_with_labels_in_both_languages()
    {
        var offer = ValidOffer();
        offer.Documents = [new RequiredDocument { Kind = "cv", Label = new LocalizedText { Fr = "CV", Ar = "" }, Required = false, MaxFiles = 0 }];

        var problems = Problems(offer);

        Assert.Contains(problems, p => p.StartsWith("documents:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("documents[0].label.ar:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("documents[0].maxFiles:", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_need_a_title_and_a_body() =>
        Assert.Equal(2, Problems(new Page()).Count);
}
