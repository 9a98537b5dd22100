using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Uploads;

namespace ThammJobs.Applications.Generation;

public sealed record GeneratorOptions(string? OfferSlug, int Count = 400, int? Seed = null);

public sealed record GeneratorResult(string OfferTitle, string OfferSet, int Created, int Complete, int Documents);

/// <summary>
/// Realistic applications for trying and benchmarking the recruiter views (<c>applications generate</c>,
/// docs/applications.md): French and Arabic names, Moroccan phone numbers, languages, countries, references, small
/// PDF and JPEG/PNG documents written through the real <see cref="DocumentStore"/>, receipt numbers from the real
/// counter, completeness and history through the real pipeline; a share of them moved on to later stages.
/// E-mail addresses are on the reserved example.* domains: nothing generated can reach a real person.
/// </summary>
public sealed class ApplicationGenerator(
    ThammJobsDbContext db,
    ContentQueries queries,
    ReceiptNumbers numbers,
    TransitionService transitions,
    DocumentStore store,
    TimeProvider clock)
{
    public const string ActorName = "générateur de démonstration";

    public async Task<GeneratorResult> RunAsync(GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (options.Count is < 1 or > 100_000)
        {
            throw new GeneratorException("--count doit être entre 1 et 100000.");
        }

        var offer = await FindOfferAsync(options.OfferSlug, cancellationToken);
        await RejectionReasonSeeder.EnsureAsync(db, cancellationToken);
        var reasons = await db.Set<RejectionReason>().Where(r => r.Active).Select(r => r.Id).ToListAsync(cancellationToken);
        var random = options.Seed is { } seed ? new Random(seed) : new Random();
        var now = clock.GetUtcNow();
        var deadline = OfferDeadlines.ToZoned(offer.Content.Deadline).ToDateTimeUtc();
        var end = deadline < now.UtcDateTime ? deadline : now.UtcDateTime;
        await numbers.EnsureYearAsync(end.Year, cancellationToken);

        // Made-up candidates: their moves are recorded (history, audit) but no template e-mail is queued for them.
        transitions.SendsNotifications = false;
        int complete = 0, documents = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var written = new List<string>();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var application = await NewApplicationAsync(offer, random, end, cancellationToken);
                foreach (var document in await DocumentsAsync(offer.Content, application, random, written, cancellationToken))
                {
                    application.Documents.Add(document);
                }

                db.Add(application);
                var isComplete = Completeness.IsComplete(offer.Content, application.Documents, application.References.Count);
                transitions.DatedAtUtc = application.SubmittedUtc;
                transitions.Receive(application, isComplete);
                Advance(application, random, reasons, deadline, now.UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                complete += isComplete ? 1 : 0;
                documents += application.Documents.Count;
            }
            catch
            {
                // Bytes written for a row that never committed.
                written.ForEach(store.Delete);
                throw;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return new GeneratorResult(offer.Content.Title, offer.Version.TranslationSet, options.Count, complete, documents);
    }

    private async Task<ContentItem<JobOffer>> FindOfferAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is not null)
        {
            return await queries.FindPublishedAsync<JobOffer>("fr", slug, cancellationToken)
                ?? await queries.FindPublishedAsync<JobOffer>("ar", slug, cancellationToken)
                ?? throw new GeneratorException($"Aucune offre publiée avec l'adresse « {slug} ».");
        }

        // The first offer ever published: on a fresh site, the seeded THAMM+ posting.
        var first = await db.Set<ThammJobs.Content.Models.ContentItemVersion>().AsNoTracking()
            .Where(v => v.ContentType == ContentTypes.JobOffer && v.Culture == "fr" && v.Published)
            .OrderBy(v => v.CreatedUtc).ThenBy(v => v.Id).Select(v => v.Slug).FirstOrDefaultAsync(cancellationToken);   // Id: recipes import several offers in one instant
        return (first is null ? null : await queries.FindPublishedAsync<JobOffer>("fr", first, cancellationToken))
            ?? throw new GeneratorException("Aucune offre publiée : importez d'abord une recette.");
    }

    private async Task<Application> NewApplicationAsync(ContentItem<JobOffer> offer, Random random, DateTime end, CancellationToken cancellationToken)
    {
        var country = Weighted(random, SamplePeople.Countries);
        var moroccan = country == "MA" || random.NextDouble() < 0.6;
        string given, family;
        string? givenArabic = null, familyArabic = null;
        if (moroccan)
        {
            var g = Pick(random, SamplePeople.MoroccanGivenNames);
            var f = Pick(random, SamplePeople.MoroccanFamilyNames);
            (given, family) = (g.Latin, f.Latin);
            if (random.NextDouble() < 0.6)
            {
                (givenArabic, familyArabic) = (g.Arabic, f.Arabic);
            }
        }
        else
        {
            (given, family) = (Pick(random, SamplePeople.FrenchGivenNames), Pick(random, SamplePeople.FrenchFamilyNames));
        }

        var submitted = end.AddMinutes(-random.Next(10, 30 * 24 * 60));
        var number = await numbers.NextAsync(end.Year, cancellationToken);
        var culture = moroccan && random.NextDouble() < 0.4 ? "ar" : "fr";
        var referencesWanted = offer.Content.ReferencesRequired;
        var references = random.NextDouble() < 0.06 ? Math.Max(0, referencesWanted - 1) : referencesWanted;
        var application = new Application
        {
            Id = Guid.NewGuid(),
            Number = number,
            SubmissionKey = Guid.NewGuid(),
            OfferSet = offer.Version.TranslationSet,
            OfferItemId = offer.Version.ContentItemId,
            OfferTitle = offer.Content.Title,
            Culture = culture,
            GivenName = given,
            FamilyName = family,
            GivenNameArabic = givenArabic,
            FamilyNameArabic = familyArabic,
            Email = $"{Slug(given)}.{Slug(family)}.{number[^6..]}@example.{(country == "MA" ? "ma" : country == "FR" ? "fr" : "com")}",
            Phone = country == "FR" ? $"+336{random.Next(10_000_000, 99_999_999)}" : $"+212{(random.NextDouble() < 0.7 ? 6 : 7)}{random.Next(10_000_000, 99_999_999)}",
            CountryOfResidence = country,
            Nationality = moroccan ? "MA" : country,
            // Around the offer's minimum (8 years for THAMM+): some short of it, most a little above, a few seasoned.
            ExperienceYears = Math.Clamp((offer.Content.MinYearsExperience ?? 3) + (int)Math.Round(NextGaussian(random) * 4) + 1, 0, 35),
            FrenchLevel = moroccan ? Pick(random, [LanguageLevel.B1, LanguageLevel.B2, LanguageLevel.B2, LanguageLevel.C1, LanguageLevel.C1, LanguageLevel.C2, LanguageLevel.Native]) : LanguageLevel.Native,
            ArabicLevel = moroccan ? Pick(random, [LanguageLevel.Native, LanguageLevel.Native, LanguageLevel.Native, LanguageLevel.C2, LanguageLevel.C1, LanguageLevel.B2]) : Pick(random, [LanguageLevel.None, LanguageLevel.None, LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.B1]),
            Message = random.NextDouble() < 0.4 ? Pick(random, SamplePeople.Messages) : null,
            ConsentUtc = submitted,
            TalentPool = random.NextDouble() < 0.5,
            SubmittedUtc = submitted,
            UpdatedUtc = submitted,
        };

        for (var r = 0; r < references; r++)
        {
            var g = Pick(random, SamplePeople.MoroccanGivenNames).Latin;
            var f = Pick(random, SamplePeople.MoroccanFamilyNames).Latin;
            application.References.Add(new ApplicationReference
            {
                Position = r + 1,
                FullName = $"{g} {f}",
                Organisation = Pick(random, SamplePeople.Organisations),
                Relationship = Pick(random, SamplePeople.Relationships),
                Email = $"{Slug(g)}.{Slug(f)}.ref{r + 1}.{number[^6..]}@example.org",
                Phone = $"+2125{random.Next(10_000_000, 99_999_999)}",
            });
        }

        return application;
    }

    private async Task<List<ApplicationDocument>> DocumentsAsync(JobOffer offer, Application application, Random random, List<string> written, CancellationToken cancellationToken)
    {
        var result = new List<ApplicationDocument>();
        var name = $"{application.GivenName} {application.FamilyName}";
        foreach (var wanted in offer.Documents)
        {
            // A few candidates forget a required document (the form prevents it today, not a file later found infected
            // or an application keyed in by hand): enough to try the "incomplete" filter.
            if ((wanted.Required && random.NextDouble() < 0.05) || (!wanted.Required && random.NextDouble() < 0.6))
            {
                continue;
            }

            var types = wanted.FileTypes.Count == 0 ? ["pdf", "jpeg", "png"] : wanted.FileTypes;
            var files = wanted.MaxFiles > 1 ? random.Next(1, Math.Min(wanted.MaxFiles, 3) + 1) : 1;
            for (var f = 0; f < files; f++)
            {
                var scan = wanted.Kind == "diplomas" && (types.Contains("jpeg") || types.Contains("png")) && random.NextDouble() < 0.7;
                byte[] bytes;
                byte[]? thumbnail = null;
                FileType type;
                if (scan)
                {
                    var png = types.Contains("png") && (!types.Contains("jpeg") || random.NextDouble() < 0.3);
                    (bytes, thumbnail) = SampleDocuments.Scan(random, png);
                    type = png ? FileType.Png : FileType.Jpeg;
                }
                else
                {
                    bytes = SampleDocuments.Pdf(wanted.Label.Fr, name, application.Number, "Document genere pour essai (ThammJobs)");
                    type = FileType.Pdf;
                }

                var stored = await store.SaveAsync(new MemoryStream(bytes), cancellationToken);
                written.Add(stored.Name);
                string? thumbnailName = null;
                if (thumbnail is not null)
                {
                    thumbnailName = (await store.SaveAsync(new MemoryStream(thumbnail), cancellationToken)).Name;
                    written.Add(thumbnailName);
                }

                var extension = type switch { FileType.Png => ".png", FileType.Jpeg => ".jpg", _ => ".pdf" };
                result.Add(new ApplicationDocument
                {
                    Id = Guid.NewGuid(),
                    Kind = wanted.Kind,
                    OriginalName = application.Culture == "ar" && random.NextDouble() < 0.5
                        ? $"{wanted.Label.Ar} {f + 1}{extension}"
                        : $"{wanted.Label.Fr} {application.FamilyName}{(files > 1 ? $" {f + 1}" : "")}{extension}",
                    StoredName = stored.Name,
                    ThumbnailName = thumbnailName,
                    FileType = type,
                    ContentType = type switch { FileType.Png => "image/png", FileType.Jpeg => "image/jpeg", _ => "application/pdf" },
                    Length = stored.Length,
                    Sha256 = stored.Sha256,
                    ScanStatus = ScanStatus.NotScanned,
                    UploadedUtc = application.SubmittedUtc,
                });
            }
        }

        return result;
    }

    // Roughly what a recruiter finds a few weeks into the selection: most applications untouched, some screened,
    // some refused, a few shortlisted (mostly after the deadline), interviewed in one or two rounds, and decided.
    // Each move is dated after the one before and never after now, so the history, the per-day chart and the
    // deadline-to-shortlist figure look like a real offer's (moves otherwise carry the time the generator ran).
    private void Advance(Application application, Random random, List<int> reasons, DateTime deadline, DateTime now)
    {
        var at = application.SubmittedUtc;
        void After(double minHours, double maxHours) =>
            transitions.DatedAtUtc = at = Min(now, at.AddHours(minHours + random.NextDouble() * (maxHours - minHours)));

        var roll = random.NextDouble();
        if (roll < 0.03 && StageTransitions.Find(application.Stage, ApplicationStage.Withdrawn, [Mover.Candidate]) is not null)
        {
            After(2, 240);
            transitions.Record(application, ApplicationStage.Withdrawn, TransitionActor.Candidate, null, null, null, null);
            return;
        }

        if (application.Stage != ApplicationStage.Complete || roll > 0.40)
        {
            return;
        }

        After(12, 120);
        Step(application, ApplicationStage.Screening);
        if (roll < 0.12)
        {
            After(24, 240);
            Refuse(application, random, reasons);
            return;
        }

        if (roll >= 0.20)
        {
            return;
        }

        // Shortlists are drawn up once the applications are in: after the deadline when it has passed.
        if (deadline < now && at < deadline)
        {
            at = deadline;
        }

        After(24, 14 * 24);
        Step(application, ApplicationStage.Shortlisted);
        var next = random.NextDouble();
        if (next >= 0.65)
        {
            return;
        }

        After(48, 10 * 24);
        Step(application, ApplicationStage.Interview);
        if (next < 0.15)
        {
            After(24, 7 * 24);
            Step(application, ApplicationStage.Interview);   // a second round
        }

        if (next < 0.30)
        {
            After(24, 5 * 24);
            Step(application, ApplicationStage.Selected);
        }
        else if (next < 0.50)
        {
            After(24, 5 * 24);
            Refuse(application, random, reasons);
        }
    }

    private void Refuse(Application application, Random random, List<int> reasons) =>
        transitions.Record(application, ApplicationStage.NotSelected, TransitionActor.Staff, null, ActorName, reasons.Count > 0 ? Pick(random, reasons.ToArray()) : null, null);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    // Box–Muller: a standard normal draw from two uniform ones (Random has no normal distribution).
    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private void Step(Application application, ApplicationStage to) =>
        transitions.Record(application, to, TransitionActor.Staff, null, ActorName, null, null);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Weighted(Random random, (string Code, int Weight)[] items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (code, weight) in items)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return items[0].Code;
    }

    private static string Slug(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
}

/// <summary>A problem with the generator's arguments or the site's content, said to the person running it.</summary>
public sealed class GeneratorException(string message) : Exception(message);
