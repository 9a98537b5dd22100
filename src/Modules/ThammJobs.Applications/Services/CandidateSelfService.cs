using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Notifications;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Services;

/// <summary>What a candidate can do from the status page: withdraw, take their data away, erase it.</summary>
public sealed class CandidateSelfService(ThammJobsDbContext db, DocumentStore store, TimeProvider clock, TransitionService transitions, Notifications.ApplicationAudit audit)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<Application?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Application>().Include(a => a.References.OrderBy(r => r.Position)).Include(a => a.Documents.OrderBy(d => d.UploadedUtc))
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Withdraws through the pipeline (history row included); false when the table does not allow it now.</summary>
    public async Task<bool> WithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        await transitions.MoveAsCandidateAsync(id, ApplicationStage.Withdrawn, cancellationToken) == TransitionResult.Done;

    /// <summary>Whether the status page offers "withdraw": the table decides, not the page.</summary>
    public static bool CanWithdraw(Application application) =>
        StageTransitions.Find(application.Stage, ApplicationStage.Withdrawn, [Mover.Candidate]) is not null;

    /// <summary>
    /// Deletes the files and every personal field; the row stays as an anonymous record (number, offer, stage, dates)
    /// so counts and the audit trail still add up. The candidate's own request, from the status page.
    /// </summary>
    public async Task<bool> EraseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await EraseRowsAsync(id, TransitionActor.Candidate, ApplicationAudit.CandidateActor, "candidate request", cancellationToken) is not { } files)
        {
            return false;
        }

        // Rows first (committed by the SaveChanges above), bytes after: a crash in between leaves orphans for the
        // sweep, never a row without its file.
        DeleteFiles(files);
        return true;
    }

    /// <summary>
    /// Clears the personal fields, removes the document and reference rows, records the "erased" step and the audit
    /// line, and saves, all in the caller's transaction if one is open. Returns the stored files to delete once that
    /// transaction has committed (null: nothing to erase). <paramref name="actor"/>: the candidate marker, or the
    /// rule's name when <paramref name="by"/> is the system. Shared by the candidate's request and the retention rule.
    /// </summary>
    public async Task<IReadOnlyList<string>?> EraseRowsAsync(Guid id, TransitionActor by, string? actor, string why, CancellationToken cancellationToken)
    {
        var application = await FindAsync(id, cancellationToken);
        if (application is null || application.ErasedUtc is not null)
        {
            return null;
        }

        var files = application.Documents.SelectMany(d => new[] { d.StoredName, d.ThumbnailName }).OfType<string>().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        db.RemoveRange(application.Documents);
        db.RemoveRange(application.References);
        application.GivenName = "";
        application.FamilyName = "";
        application.GivenNameArabic = null;
        application.FamilyNameArabic = null;
        application.Email = "";
        application.Phone = "";
        application.CountryOfResidence = "";
        application.Nationality = "";
        application.Message = null;
        application.TalentPool = false;
        application.ErasedUtc = now;

        // Staff notes may name the person: they go with the rest; the steps themselves stay.
        await db.Set<ApplicationTransition>().Where(t => t.ApplicationId == id && t.Note != null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Note, (string?)null), cancellationToken);
        transitions.Record(application, ApplicationStage.Erased, by, null, by == TransitionActor.System ? actor : null, null, null);
        audit.Erased(application, by == TransitionActor.System ? "system: " + actor : actor, why);
        await db.SaveChangesAsync(cancellationToken);
        return files;
    }

    /// <summary>Deletes stored files; one already gone is fine.</summary>
    public void DeleteFiles(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            store.Delete(file);
        }
    }

    /// <summary>Writes the candidate's data as a ZIP: <c>candidature.json</c> and the documents in folders by kind.</summary>
    public async Task ExportAsync(Application application, Stream output, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entry = zip.CreateEntry("candidature.json", CompressionLevel.Optimal);
        await using (var json = entry.Open())
        {
            await JsonSerializer.SerializeAsync(json, ExportModel(application), Json, cancellationToken);
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in application.Documents.Where(Downloadable))
        {
            var name = UniqueName($"documents/{document.Kind}/{document.OriginalName}", used);
            var fileEntry = zip.CreateEntry(name, CompressionLevel.NoCompression);
            await using var target = fileEntry.Open();
            await using var source = store.OpenRead(document.StoredName);
            await source.CopyToAsync(target, cancellationToken);
        }
    }

    /// <summary>Bytes a person may receive: scanned clean, or no scanner configured. Never while awaiting a scan.</summary>
    public static bool Downloadable(ApplicationDocument document) =>
        document.ScanStatus is ScanStatus.Clean or ScanStatus.NotScanned;

    private static object ExportModel(Application a) => new
    {
        a.Number,
        Offer = a.OfferTitle,
        Stage = a.Stage.ToString(),
        a.Culture,
        a.GivenName,
        a.FamilyName,
        a.GivenNameArabic,
        a.FamilyNameArabic,
        a.Email,
        a.Phone,
        a.CountryOfResidence,
        a.Nationality,
        ExperienceYears = a.ExperienceYears,
        FrenchLevel = a.FrenchLevel.ToString(),
        ArabicLevel = a.ArabicLevel.ToString(),
        a.Message,
        a.TalentPool,
        ConsentUtc = a.ConsentUtc,
        SubmittedUtc = a.SubmittedUtc,
        UpdatedUtc = a.UpdatedUtc,
        WithdrawnUtc = a.WithdrawnUtc,
        References = a.References.Select(r => new { r.FullName, r.Organisation, r.Relationship, r.Email, r.Phone }),
        Documents = a.Documents.Select(d => new { d.Kind, d.OriginalName, Type = d.FileType.ToString(), d.Length, d.Sha256, Scan = d.ScanStatus.ToString(), d.UploadedUtc }),
    };

    private static string UniqueName(string name, HashSet<string> used)
    {
        if (used.Add(name))
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var i = 2; ; i++)
        {
            var candidate = $"{stem} ({i}){extension}";
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
