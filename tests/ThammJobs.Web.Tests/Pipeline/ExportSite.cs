using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Testing;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>
/// A small known set for the export and dashboard tests: six applications of "offer-export" (deadline 10 November
/// 2026, 23:59 in Morocco) and one of "offer-other", with histories, references, documents in every scan state and
/// names meant to trip a spreadsheet.
/// </summary>
internal static class ExportSite
{
    public const string Offer = "offer-export";
    public const string Other = "offer-other";

    /// <summary>23:59 in Morocco.</summary>
    public static readonly DateTime DeadlineUtc = MoroccanTime(2026, 11, 10, 23, 59);

    public sealed record Spec(
        string Number, string Family, string Given, string? FamilyAr, string? GivenAr, DateTime SubmittedUtc, bool Complete,
        string Culture, LanguageLevel French, LanguageLevel Arabic, ApplicationStage[] Path, int ShortlistedDaysAfterDeadline = 0, string Offer = Offer);

    public static DateTime MoroccanTime(int year, int month, int day, int hour, int minute) =>
        new NodaTime.LocalDateTime(year, month, day, hour, minute).InZoneLeniently(ThammJobs.Core.Localization.SiteTime.Zone).ToDateTimeUtc();

    /// <summary>What the site shows for a UTC instant: Moroccan local time.</summary>
    public static DateTime Local(DateTime utc) =>
        NodaTime.Instant.FromDateTimeUtc(utc).InZone(ThammJobs.Core.Localization.SiteTime.Zone).ToDateTimeUnspecified();

    public static readonly Spec[] Applications =
    [
        new("THAMM-2026-000001", "Bennani", "Salma", "بناني", "سلمى", new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), true, "ar", LanguageLevel.C1, LanguageLevel.Native, [Received, Complete, Screening, Shortlisted], 10),
        // 00:30 on 2 November in Morocco (1 November in UTC while Morocco is ahead of it): counted on the 2nd.
        new("THAMM-2026-000002", "-2+3", "@SUM(A1)", null, null, MoroccanTime(2026, 11, 2, 0, 30), true, "fr", LanguageLevel.B2, LanguageLevel.None, [Received, Complete, Screening]),
        new("THAMM-2026-000003", "Alaoui", "=HYPERLINK(\"http://x\")", "العلوي", "يوسف", new(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc), false, "ar", LanguageLevel.Native, LanguageLevel.A1, [Received, Incomplete]),
        new("THAMM-2026-000004", "Dupont", "Claire", null, null, new(2026, 11, 3, 13, 0, 0, DateTimeKind.Utc), true, "fr", LanguageLevel.Native, LanguageLevel.B1, [Received, Complete, Screening, Shortlisted, Interview], 4),
        new("THAMM-2026-000005", "Idrissi", "Omar", "الإدريسي", "عمر", new(2026, 11, 5, 8, 0, 0, DateTimeKind.Utc), true, "fr", LanguageLevel.C2, LanguageLevel.Native, [Received, Complete, Screening, Shortlisted, Selected], 2),
        new("THAMM-2026-000006", "Tazi", "Nadia", null, null, new(2026, 11, 5, 9, 0, 0, DateTimeKind.Utc), false, "fr", LanguageLevel.B1, LanguageLevel.C1, [Received, Incomplete, NotSelected]),
        new("THAMM-2026-000007", "Autre", "Offre", null, null, new(2026, 11, 4, 9, 0, 0, DateTimeKind.Utc), true, "fr", LanguageLevel.C1, LanguageLevel.C1, [Received, Complete], Offer: Other),
    ];

    /// <summary>Inserts the offers' versions (deadline, slug) and the applications; returns the ids by number.</summary>
    public static Task<Dictionary<string, Guid>> SeedAsync(SiteFactory site) =>
        site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var store = sp.GetRequiredService<DocumentStore>();
            foreach (var (set, slug) in new[] { (Offer, "offre-a-exporter"), (Other, "autre-offre") })
            {
                db.Add(new ContentItemVersion
                {
                    ContentItemId = set + "-fr", Number = 1, ContentType = "JobOffer", Culture = "fr", TranslationSet = set, Slug = slug,
                    Title = "Offre " + slug, Latest = true, Published = true, Data = "{}", CreatedUtc = DeadlineUtc.AddDays(-30),
                    ModifiedUtc = DeadlineUtc.AddDays(-30), PublishedUtc = DeadlineUtc.AddDays(-30), DeadlineUtc = DeadlineUtc,
                });
            }

            var ids = new Dictionary<string, Guid>();
            foreach (var spec in Applications)
            {
                var application = new Application
                {
                    Id = Guid.NewGuid(), Number = spec.Number, SubmissionKey = Guid.NewGuid(), OfferSet = spec.Offer, OfferItemId = spec.Offer + "-fr",
                    OfferTitle = "Offre à exporter", Culture = spec.Culture, Stage = spec.Path[^1], StageVersion = spec.Path.Length,
                    InterviewRound = spec.Path[^1] == Interview ? 1 : 0, DocumentsComplete = spec.Complete,
                    GivenName = spec.Given, FamilyName = spec.Family, GivenNameArabic = spec.GivenAr, FamilyNameArabic = spec.FamilyAr,
                    Email = spec.Number.ToLowerInvariant() + "@example.ma", Phone = "+212612345678", CountryOfResidence = "MA", Nationality = "MA",
                    FrenchLevel = spec.French, ArabicLevel = spec.Arabic, SubmittedUtc = spec.SubmittedUtc, UpdatedUtc = spec.SubmittedUtc,
                    StageChangedUtc = spec.SubmittedUtc, Live = spec.Path[^1] != Withdrawn,
                };
                application.References.Add(new ApplicationReference { Position = 1, FullName = "Karim Amrani", Organisation = "OIM", Relationship = "Chef", Email = "k@example.org", Phone = "+212600000001" });
                application.References.Add(new ApplicationReference { Position = 2, FullName = "ليلى", Organisation = "ANAPEC", Relationship = "Collègue", Email = "l@example.org", Phone = "+212600000002" });
                for (var i = 0; i < spec.Path.Length; i++)
                {
                    var at = spec.Path[i] == Shortlisted ? DeadlineUtc.AddDays(spec.ShortlistedDaysAfterDeadline) : spec.SubmittedUtc.AddMinutes(i);
                    db.Add(new ApplicationTransition { ApplicationId = application.Id, From = i == 0 ? null : spec.Path[i - 1], To = spec.Path[i], Version = i + 1, AtUtc = at, Actor = TransitionActor.System });
                }

                db.Add(application);
                ids[spec.Number] = application.Id;
            }

            // The first application's documents: two files named alike, an Arabic name, a name trying to climb out of
            // its folder, one awaiting its scan and one infected (both left out of every download).
            var first = ids[Applications[0].Number];
            foreach (var (kind, name, status) in new[]
            {
                ("cv", "cv.pdf", ScanStatus.Clean), ("cv", "cv.pdf", ScanStatus.NotScanned), ("cover-letter", "رسالة التحفيز.pdf", ScanStatus.Clean),
                ("other", "../../etc/passwd", ScanStatus.Clean), ("diplomas", "diplome-en-attente.pdf", ScanStatus.AwaitingScan), ("id", "piece-infectee.pdf", ScanStatus.Infected),
            })
            {
                var stored = await store.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 " + name)), CancellationToken.None);
                db.Add(new ApplicationDocument
                {
                    Id = Guid.NewGuid(), ApplicationId = first, Kind = kind, OriginalName = name, StoredName = stored.Name, ContentType = "application/pdf",
                    Length = stored.Length, Sha256 = stored.Sha256, ScanStatus = status, UploadedUtc = Applications[0].SubmittedUtc,
                });
            }

            await db.SaveChangesAsync();
            return ids;
        });
}
