using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Uploads.Scanning;

namespace ThammJobs.Applications.Hosting;

/// <summary>
/// Periodic housekeeping of candidate files: files left "awaiting scan" (scanner was down) are scanned again;
/// expired drafts and their files are removed; stored files without a row (a crash between file and commit)
/// and stale temporary files are deleted. Every step is idempotent, so several nodes may run it.
/// </summary>
public sealed class ApplicationsMaintenance(
    IServiceScopeFactory scopes,
    DocumentStore store,
    IVirusScanner scanner,
    TimeProvider clock,
    IOptions<ApplicationOptions> options,
    ILogger<ApplicationsMaintenance> logger) : BackgroundService
{
    /// <summary>A stored file younger than this may still be waiting for its row to commit.</summary>
    public static readonly TimeSpan OrphanGrace = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(5, options.Value.MaintenanceIntervalSeconds)));
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Applications maintenance failed; will try again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<MaintenanceReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var rescanned = await RescanAsync(db, cancellationToken);
        var drafts = await RemoveExpiredDraftsAsync(db, cancellationToken);
        var orphans = await SweepOrphansAsync(db, cancellationToken);
        return new MaintenanceReport(rescanned, drafts, orphans);
    }

    private async Task<int> RescanAsync(ThammJobsDbContext db, CancellationToken cancellationToken)
    {
        if (!scanner.IsConfigured)
        {
            return 0;
        }

        var waiting = await db.Set<ApplicationDocument>().Where(d => d.ScanStatus == ScanStatus.AwaitingScan).OrderBy(d => d.UploadedUtc).Take(200).ToListAsync(cancellationToken);
        var cleared = 0;
        foreach (var document in waiting)
        {
            ScanResult result;
            await using (var stream = store.OpenRead(document.StoredName))
            {
                result = await scanner.ScanAsync(stream, cancellationToken);
            }

            if (result.Verdict == ScanVerdict.Unavailable)
            {
                break; // still down: try again next round
            }

            document.ScannedUtc = clock.GetUtcNow().UtcDateTime;
            if (result.Verdict == ScanVerdict.Infected)
            {
                // Kept as a row so recruiters see that a file was removed, and why.
                document.ScanStatus = ScanStatus.Infected;
                document.ScanSignature = result.Signature;
                await db.SaveChangesAsync(cancellationToken);
                store.Delete(document.StoredName);
                store.Delete(document.ThumbnailName);
                logger.LogWarning("Rescan found {Signature} in document {Document}; its file was deleted.", result.Signature, document.Id);
            }
            else
            {
                document.ScanStatus = ScanStatus.Clean;
                await db.SaveChangesAsync(cancellationToken);
                cleared++;
            }
        }

        return cleared;
    }

    private async Task<int> RemoveExpiredDraftsAsync(ThammJobsDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await db.Set<ApplicationDraft>().Where(d => d.ExpiresUtc < now).OrderBy(d => d.ExpiresUtc).Take(500).ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }

        var ids = expired.Select(d => d.Id).ToList();
        var documents = await db.Set<ApplicationDocument>().Where(d => d.DraftId != null && ids.Contains(d.DraftId.Value) && d.ApplicationId == null).ToListAsync(cancellationToken);
        db.RemoveRange(documents);
        db.RemoveRange(expired);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var document in documents)
        {
            store.Delete(document.StoredName);
            store.Delete(document.ThumbnailName);
        }

        return expired.Count;
    }

    private async Task<int> SweepOrphansAsync(ThammJobsDbContext db, CancellationToken cancellationToken)
    {
        var threshold = clock.GetUtcNow().UtcDateTime - OrphanGrace;
        var deleted = store.DeleteStaleTemps(threshold) + store.DeletePreviewsWithoutSource(threshold);
        var candidates = store.ListStoredNames().Where(f => f.WrittenUtc < threshold).Select(f => f.Name).ToList();
        foreach (var batch in candidates.Chunk(500))
        {
            var known = await db.Set<ApplicationDocument>()
                .Where(d => batch.Contains(d.StoredName) || (d.ThumbnailName != null && batch.Contains(d.ThumbnailName)))
                .Select(d => new { d.StoredName, d.ThumbnailName })
                .ToListAsync(cancellationToken);
            var referenced = known.SelectMany(k => new[] { k.StoredName, k.ThumbnailName }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var name in batch.Where(n => !referenced.Contains(n)))
            {
                store.Delete(name);
                deleted++;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Swept {Count} orphan or temporary candidate files.", deleted);
        }

        return deleted;
    }
}

public sealed record MaintenanceReport(int Rescanned, int DraftsRemoved, int OrphansDeleted);
