using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Handlers;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.History;

/// <summary>
/// Restoring never rewrites history: the old content becomes a new latest version (a draft), with its own audit
/// line saying which version it came from. Whether to publish it stays a separate decision. The address (slug)
/// stays the current one, so links to the page keep working.
/// </summary>
public sealed class VersionRestorer(ThammJobsDbContext db, ContentManager content, IAuditTrail audit)
{
    public async Task<RestoreResult> RestoreAsync(string contentItemId, int number, string? author, CancellationToken cancellationToken)
    {
        var versions = db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.ContentItemId == contentItemId);
        var old = await versions.SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        var latest = await versions.SingleOrDefaultAsync(v => v.Latest, cancellationToken);
        if (old is null || latest is null)
        {
            return RestoreResult.NotFound;
        }

        if (old.Data == latest.Data)
        {
            return RestoreResult.AlreadyCurrent;
        }

        var draft = new ContentDraft(contentItemId, old.ContentType, old.Culture, latest.TranslationSet, latest.Slug, ContentJson.Deserialize(old.ContentType, old.Data));
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await content.SaveAsync(draft, publish: false, author, cancellationToken: cancellationToken);
            audit.Record(new AuditRecord(ContentAuditHandler.Category, "restored", old.ContentType, contentItemId, old.Culture,
                [new("@restoredFrom", null, number.ToString(CultureInfo.InvariantCulture)), new("@version", latest.Number.ToString(CultureInfo.InvariantCulture), (latest.Number + 1).ToString(CultureInfo.InvariantCulture))]));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return RestoreResult.Restored;
    }
}

public enum RestoreResult
{
    Restored,
    NotFound,
    /// <summary>The latest version already has exactly this content: nothing to do.</summary>
    AlreadyCurrent,
}
