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
    /// The checked applications' documents as one ZIP: a folder per application
    /// (<c>THAMM-2026-000012 - BENNANI Salma/CV - mon cv.pdf</c>) and a README.txt listing what was left out.
    /// </summary>
    public Task WriteZipAsync(string offerSet, IReadOnlyList<Guid> ids, Stream output, CancellationToken cancellationToken, Func<string, string>? kindLabel = null) =>
        WriteZipAsync(db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet && ids.Contains(a.Id)), output, cancellationToken, kindLabel);

    /// <summary>
    /// The documents of <paramref name="applications"/> (a selection, a filtered list or a whole offer) as one ZIP.
    /// Files awaiting a scan or infected are never included (as everywhere else), nor are files missing from the
    /// store; each is named in README.txt so the recruiter knows the archive is not the whole file. Entries are
    /// copied one at a time from the store: memory does not grow with the number of documents.
    /// </summary>
    public async Task WriteZipAsync(IQueryable<Application> applications, Stream output, CancellationToken cancellationToken, Func<string, string>? kindLabel = null)
    {
        var rows = await applications
            .Select(a => new { a.Number, a.FamilyName, a.GivenName, a.OfferSet, a.Culture, Documents = a.Documents.OrderBy(d => d.UploadedUtc).Select(d => new { d.Kind, d.OriginalName, d.StoredName, d.ScanStatus }).ToList() })
            .ToListAsync(cancellationToken);

        // One audit line per application whose documents leave the site, written before the bytes are.
        foreach (var application in rows)
        {
            var sent = application.Documents.Count(d => d.ScanStatus is ScanStatus.Clean or ScanStatus.NotScanned);
            audit.Zipped(application.Number, application.OfferSet, application.Culture, sent);
        }

        await db.SaveChangesAsync(cancellationToken);
        var label = kindLabel ?? (k => k);
        var excluded = new List<string>();
        var included = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var application in rows.OrderBy(a => a.Number, StringComparer.Ordinal))
        {
            var folder = Unique(SafeName($"{application.Number} - {application.FamilyName.ToUpperInvariant()} {application.GivenName}".Trim(), 100), folders);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in application.Documents)
            {
                var file = SafeName($"{label(document.Kind)} - {document.OriginalName}", 120);
                var why = document.ScanStatus switch
                {
                    ScanStatus.AwaitingScan => "en attente d'analyse antivirus / في انتظار الفحص من الفيروسات",
                    ScanStatus.Infected => "infecté, supprimé / مصاب، تم حذفه",
                    _ when !store.Exists(document.StoredName) => "introuvable / غير موجود",
                    _ => null,
                };
                if (why is not null)
                {
                    excluded.Add($"- {folder}/{file} : {why}");
                    continue;
                }

                var entry = zip.CreateEntry(folder + "/" + Unique(file, used), CompressionLevel.NoCompression);
                entry.LastWriteTime = clock.GetUtcNow();
                await using var target = entry.Open();
                await using var source = store.OpenRead(document.StoredName);
                await source.CopyToAsync(target, cancellationToken);
                included++;
            }
        }

        var readme = zip.CreateEntry("README.txt", CompressionLevel.Optimal);
        readme.LastWriteTime = clock.GetUtcNow();
        await using var writer = new StreamWriter(readme.Open(), new System.Text.UTF8Encoding(true));
        await writer.WriteAsync(
            $"Documents de {rows.Count} candidature(s), {included} fichier(s) — {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC\r\n" +
            $"وثائق {rows.Count} ترشيح(ات)، {included} ملف(ات)\r\n\r\n" +
            "Un dossier par candidature : numéro - NOM Prénom. / مجلد لكل ترشيح: الرقم - الاسم العائلي الاسم الشخصي.\r\n\r\n" +
            (excluded.Count == 0
                ? "Aucun fichier exclu. / لم يستبعد أي ملف.\r\n"
                : "Fichiers non inclus / ملفات غير مضمنة:\r\n" + string.Join("\r\n", excluded) + "\r\n"));
    }

    // "cv.pdf" twice in one folder: the second becomes "cv (2).pdf".
    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({i}){Path.GetExtension(name)}";
        }

        return candidate;
    }

    // Names come from candidates: no path separators, dot-dot or characters Windows refuses may reach the archive;
    // letters of any script (Arabic included) are kept. Long names are shortened, keeping the extension.
    private static string SafeName(string name, int max)
    {
        var cleaned = new string(name.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c).ToArray()).Trim().TrimStart('.').TrimEnd('.', ' ');
        if (cleaned.Length > max)
        {
            var extension = Path.GetExtension(cleaned);
            extension = extension.Length <= 10 ? extension : "";
            cleaned = cleaned[..(max - extension.Length)].TrimEnd() + extension;
        }

        return cleaned.Length == 0 ? "_" : cleaned;
    }
}
