using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Bench;

/// <summary>A French offer and its Arabic translation, ready to store.</summary>
internal sealed record GeneratedPair(int Index, string Slug, JobOffer French, JobOffer Arabic, DateTime PublishedUtc);

/// <summary>
/// Makes realistic offers from the real ones: each pair starts from a real bilingual offer, gets another
/// job title, city, contract, sectors and deadline, responsibility blocks taken from several real offers,
/// and its sentences and list items shuffled, so no two documents are the same. Deterministic for a seed.
/// The French and Arabic versions share every choice; only the order of sentences differs between them.
/// </summary>
internal sealed partial class OfferGenerator
{
    private static readonly DateTime FirstDeadline = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly int DeadlineDays = (int)(new DateTime(2031, 12, 31, 0, 0, 0, DateTimeKind.Unspecified) - FirstDeadline).TotalDays;

    private readonly IReadOnlyList<OfferTemplate> templates;
    private readonly List<(ResponsibilityBlock Fr, ResponsibilityBlock Ar)> blockPool = [];
    private readonly Random choices;

    public OfferGenerator(IReadOnlyList<OfferTemplate> templates, int seed)
    {
        this.templates = templates;
        choices = new Random(seed);
        foreach (var template in templates)
        {
            var fr = template.French().Sections.Responsibilities;
            var ar = template.Arabic().Sections.Responsibilities;
            for (var i = 0; i < Math.Min(fr.Count, ar.Count); i++)
            {
                blockPool.Add((fr[i], ar[i]));
            }
        }
    }

    public GeneratedPair Next(int index)
    {
        var template = templates[choices.Next(templates.Count)];
        var role = Pick(OfferVocabulary.Roles);
        var sectors = PickSectors();
        var city = Pick(OfferVocabulary.Cities);
        var contract = Pick(OfferVocabulary.Contracts);
        var education = Pick(OfferVocabulary.Education);
        var years = choices.Next(0, 11);
        var deadline = FirstDeadline.AddDays(choices.Next(DeadlineDays + 1)).Add(choices.Next(5) == 0 ? new TimeSpan(12, 0, 0) : new TimeSpan(23, 59, 0));
        var published = DateTime.SpecifyKind(deadline.AddDays(-choices.Next(15, 90)).AddHours(-choices.Next(12)), DateTimeKind.Utc);
        var start = DateOnly.FromDateTime(deadline.AddDays(choices.Next(21, 75)));
        var blocks = PickBlocks(template);
        var shares = Shares(blocks.Count);
        var textSeed = choices.Next();

        var french = template.French();
        var arabic = template.Arabic();
        var templateCity = new Bilingual(french.City, arabic.City);
        Fill(french, Language.French, role, sectors, city, templateCity, contract, education, years, deadline, start, blocks, shares, index, new Random(textSeed));
        Fill(arabic, Language.Arabic, role, sectors, city, templateCity, contract, education, years, deadline, start, blocks, shares, index, new Random(textSeed ^ 0x5bd1e995));
        var slug = $"{Slugify(role.Fr)}-{Slugify(city.Name.Fr)}-{index.ToString("D6", CultureInfo.InvariantCulture)}";
        return new GeneratedPair(index, slug, french, arabic, published);
    }

    private enum Language
    {
        French,
        Arabic,
    }

    private static void Fill(
        JobOffer offer,
        Language language,
        Bilingual role,
        IReadOnlyList<Sector> sectors,
        City city,
        Bilingual templateCity,
        string contract,
        (Bilingual Level, string Category) education,
        int years,
        DateTime deadline,
        DateOnly start,
        IReadOnlyList<(ResponsibilityBlock Fr, ResponsibilityBlock Ar)> blocks,
        IReadOnlyList<int> shares,
        int index,
        Random random)
    {
        var fr = language == Language.French;
        string Say(Bilingual text) => fr ? text.Fr : text.Ar;
        string? Vary(string? markdown) => Shuffle(ReplaceCity(WithoutDemo(markdown), Say(templateCity), Say(city.Name)), random);

        var sectorLabels = string.Join(fr ? ", " : "، ", sectors.Select(s => Say(s.Label)));
        offer.Title = $"{Say(role)} – {sectorLabels}";
        var opening = fr
            ? $"Basé.e à {city.Name.Fr} ({city.Country.Fr}), le/la {role.Fr} intervient dans le secteur {sectorLabels} ({contract})."
            : $"يعمل {role.Ar} انطلاقا من {city.Name.Ar} ({city.Country.Ar}) في قطاع {sectorLabels} ({contract}).";
        offer.Summary = opening + " " + Vary(offer.Summary);
        offer.Reference = $"THAMM-EF-BENCH-{index.ToString("D6", CultureInfo.InvariantCulture)}";
        offer.Country = Say(city.Country);
        offer.CountryCode = city.CountryCode;
        offer.City = Say(city.Name);
        offer.ContractType = contract;
        offer.Deadline = new OfferDeadline { Local = deadline.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), TimeZone = "Africa/Casablanca" };
        offer.StartDate = start;
        offer.Sectors = [.. sectors.Select(s => s.Code)];
        offer.EducationLevel = Say(education.Level);
        offer.EducationCategory = education.Category;
        offer.MinYearsExperience = years;
        offer.Travel = ReplaceCity(offer.Travel, Say(templateCity), Say(city.Name));
        offer.PartnerInstitutions = [.. offer.PartnerInstitutions.OrderBy(_ => random.Next())];

        var sections = offer.Sections;
        sections.Project = Vary(sections.Project);
        sections.Mission = Vary(sections.Mission);
        sections.ResponsibilitiesIntro = Vary(sections.ResponsibilitiesIntro);
        sections.Responsibilities = [.. blocks.Select((b, i) =>
        {
            var block = fr ? b.Fr : b.Ar;
            return new ResponsibilityBlock { Title = block.Title, Share = shares[i], Body = Vary(block.Body) ?? "" };
        })];
        var q = sections.Qualifications;
        q.Education = Vary(q.Education);
        q.Experience = Vary(q.Experience);
        q.TechnicalSkills = Vary(q.TechnicalSkills);
        q.PersonalQualities = Vary(q.PersonalQualities);
        sections.ComplementaryInfo = Vary(sections.ComplementaryInfo);
        sections.DocumentsIntro = WithoutDemo(sections.DocumentsIntro) is { Length: > 0 } intro ? intro : null;
        sections.HowToApply = Vary(sections.HowToApply);
        sections.SelectionProcess = Vary(sections.SelectionProcess);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[choices.Next(items.Count)];

    private List<Sector> PickSectors()
    {
        var first = Pick(OfferVocabulary.Sectors);
        var sectors = new List<Sector> { first };
        if (choices.Next(4) == 0)
        {
            var second = Pick(OfferVocabulary.Sectors);
            if (second != first)
            {
                sectors.Add(second);
            }
        }

        return sectors;
    }

    /// <summary>Two to five blocks: the template's own first, then others from any real offer, in random order.</summary>
    private List<(ResponsibilityBlock Fr, ResponsibilityBlock Ar)> PickBlocks(OfferTemplate template)
    {
        var own = template.French().Sections.Responsibilities.FirstOrDefault()?.Title;
        var count = choices.Next(2, 6);
        var picked = blockPool.Where(b => b.Fr.Title == own).Take(1).ToList();
        while (picked.Count < count)
        {
            var candidate = Pick(blockPool);
            if (!picked.Contains(candidate))
            {
                picked.Add(candidate);
            }
        }

        return [.. picked.OrderBy(_ => choices.Next())];
    }

    /// <summary>Approximate shares of working time, multiples of 5 adding up to 100.</summary>
    private List<int> Shares(int count)
    {
        var weights = Enumerable.Range(0, count).Select(_ => choices.Next(1, 5)).ToList();
        var shares = weights.Select(w => Math.Max(5, (int)Math.Round(100.0 * w / weights.Sum() / 5) * 5)).ToList();
        shares[0] += 100 - shares.Sum();
        return shares;
    }

    /// <summary>Drops the demo recipe's "sample offer" sentences: generated offers read like real ones.</summary>
    private static string? WithoutDemo(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown) || !DemoWords().IsMatch(markdown))
        {
            return markdown;
        }

        var kept = Sentences(markdown).Where(s => !DemoWords().IsMatch(s));
        return string.Join(' ', kept).Trim();
    }

    private static string? ReplaceCity(string? text, string from, string to) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(from) ? text : text.Replace(from, to, StringComparison.Ordinal);

    /// <summary>
    /// The same Markdown with the items of each list and the sentences of each paragraph in another
    /// order; paragraphs and lists stay where they were.
    /// </summary>
    private static string? Shuffle(string? markdown, Random random)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return markdown;
        }

        var blocks = markdown.Split("\n\n");
        for (var b = 0; b < blocks.Length; b++)
        {
            var lines = blocks[b].Split('\n');
            if (lines.Length > 1 && lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                blocks[b] = string.Join('\n', lines.OrderBy(_ => random.Next()));
            }
            else if (lines.Length == 1)
            {
                blocks[b] = string.Join(' ', Sentences(blocks[b]).OrderBy(_ => random.Next()));
            }
        }

        return string.Join("\n\n", blocks);
    }

    private static List<string> Sentences(string paragraph) =>
        [.. SentenceEnd().Split(paragraph).Where(s => !string.IsNullOrWhiteSpace(s))];

    private static string Slugify(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return Dashes().Replace(folded.ToString(), "-").Trim('-');
    }

    // A sentence ends with . ! ? or the Arabic question mark, followed by a space.
    [GeneratedRegex(@"(?<=[.!?؟])\s+(?=\S)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("fictive|démonstration|افتراضي|تجريبي")]
    private static partial Regex DemoWords();

    [GeneratedRegex("-+")]
    private static partial Regex Dashes();
}
