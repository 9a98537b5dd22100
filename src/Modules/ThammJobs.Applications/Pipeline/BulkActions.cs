using System.IO.Compression;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Pipeline;

/// <summary>What a bulk move did: each application is moved on its own (one refusal does not undo the others).</summary>
public sealed record BulkOutcome(int Done, int AlreadyDone, int Refused);

/// <summary>The list's actions on checked rows: move, reject with a reason, give to a reviewer, download the documents.</summary>
public sealed class BulkActions(ThammJobsDbContext db, TransitionService transitions, DocumentStore store, TimeProvider clock, Notifications.ApplicationAudit audit)
{
    public const int MaxSelection = 500;

    /// <summary>Reads <c>{id}.{version}</c> checkbox values; malformed ones are dropped.</summary>
    public static List<(Guid Id, int Version)> ParseKeys(IEnumerable<string>? keys) =>
        (keys ?? []).Take(MaxSelection).Select(k => k.Split('.')).Where(p => p.Length == 2)
            .Select(p => (Ok: Guid.TryParse(p[0], out var id) & int.TryParse(p[1], out var version), id, version))
            .Where(p => p.Ok).Select(p => (p.id, p.version)).Distinct().ToList();

    public async Task<BulkOutcome> MoveAsync(ClaimsPrincipal user, string offerSet, IReadOnlyList<(Guid Id, int Version)> keys, ApplicationStage to, int? reasonId, string? note, CancellationToken cancellationToken)
    {
        // Only applications of this offer: a forged id of another offer is skipped, never moved from here.
        var ids = keys.Select(k => k.Id).ToList();
        var mine = (await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet && ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        int done = 0, repeated = 0, refused = 0;
        foreach (var (id, version) in keys)
        {
            var result = mine.Contains(id)
                ? await transitions.MoveAsync(user, new TransitionRequest(id, to, version, reasonId, note), cancellationToken)
                : TransitionResult.NotFound;
            switch (result)
            {
                case TransitionResult.Done: done++; break;
                case TransitionResult.AlreadyDone: repeated++; break;
                default: refused++; break;
            }
        }

        return new BulkOutcome(done, repeated, refused);
    }

    /// <summary>Gives the checked applications to <paramref name="reviewerId"/>, who must be assigned to the offer.</summary>
    public async Task<int> AssignReviewerAsync(string offerSet, IReadOnlyList<Guid> ids, string reviewerId, CancellationToken cancellationToken)
    {
        var inOffer = await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet && ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var already = await db.Set<ApplicationReviewer>().AsNoTracking().Where(r => r.UserId == reviewerId && inOffer.Contains(r.ApplicationId)).Select(r => r.ApplicationId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = inOffer.Except(already).ToList();
        foreach (var id in added)
        {
            db.Add(new ApplicationReviewer { ApplicationId = id, UserId = reviewerId, AssignedUtc = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>
    /// The checked applications' documents as one ZIP, a folder per application (<c>THAMM-2026-000012 Bennani Salma/cv/…</c>).
    /// Files awaiting a scan or infected are left out, as everywhere else.
    /// </summary>
    public async Task WriteZipAsync(string offerSet, IReadOnlyList<Guid> ids, Stream output, CancellationToken cancellationToken)
    {
        var applications = await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet && ids.Contains(a.Id))
            .Select(a => new { a.Number, a.FamilyName, a.GivenName, a.OfferSet, a.Culture, Documents = a.Documents.Select(d => new { d.Kind, d.OriginalName, d.StoredName, d.ScanStatus }).ToList() })
            .ToListAsync(cancellationToken);
        // One audit line per application whose documents leave the site, written before the bytes are.
        foreach (var application in applications)
        {
            var sent = application.Documents.Count(d => d.ScanStatus is ScanStatus.Clean or ScanStatus.NotScanned);
            audit.Zipped(application.Number, application.OfferSet, application.Culture, sent);
        }

        await db.SaveChangesAsync(cancellationToken);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var application in applications.OrderBy(a => a.Number, StringComparer.Ordinal))
        {
            var folder = SafeName($"{application.Number} {application.FamilyName} {application.GivenName}".Trim());
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in application.Documents.Where(d => d.ScanStatus is ScanStatus.Clean or ScanStatus.NotScanned))
            {
                if (!store.Exists(document.StoredName))
                {
                    continue;
                }

                var name = $"{folder}/{SafeName(document.Kind)}/{SafeName(document.OriginalName)}";
                for (var i = 2; !used.Add(name); i++)
                {
                    name = $"{folder}/{SafeName(document.Kind)}/{i}-{SafeName(document.OriginalName)}";
                }

                var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                await using var target = entry.Open();
                await using var source = store.OpenRead(document.StoredName);
                await source.CopyToAsync(target, cancellationToken);
            }
        }
    }

    // Names come from candidates: no path separators or dot-dot may reach the archive.
    private static string SafeName(string name)
    {
        var cleaned = new string(name.Select(c => c is '/' or '\\' or ':' || char.IsControl(c) ? '_' : c).ToArray()).Trim().TrimStart('.');
        return cleaned.Length == 0 ? "_" : cleaned;
    }
}
