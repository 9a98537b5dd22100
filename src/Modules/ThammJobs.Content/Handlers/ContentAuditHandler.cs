using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.History;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Handlers;

/// <summary>
/// Writes every content change to the audit trail, field by field, inside the transaction that stores it (a
/// rolled-back save leaves no audit line, a committed one always has its line). Fields starting with <c>@</c>
/// describe the version rather than its content: number, address (slug), online or not.
/// </summary>
internal sealed class ContentAuditHandler(ThammJobsDbContext db, IAuditTrail audit) : IContentHandler
{
    public const string Category = "content";

    public async Task VersionSavedAsync(ContentItemVersion version, SaveOutcome outcome, CancellationToken cancellationToken)
    {
        var number = version.Number.ToString(CultureInfo.InvariantCulture);
        List<AuditChange>? changes = outcome switch
        {
            SaveOutcome.Created => [new("@version", null, number), new("@slug", null, version.Slug), new("@published", null, Flag(version.Published)),
                .. VersionComparer.Compare(null, version.Data).Select(ToAudit)],
            SaveOutcome.Updated => await UpdatedAsync(version, number, cancellationToken),
            SaveOutcome.Published => [new("@version", number, number), new("@published", Flag(false), Flag(true))],
            SaveOutcome.Unpublished => [new("@version", number, number), new("@published", Flag(true), Flag(false))],
            SaveOutcome.Deleted => [new("@version", number, null), new("@slug", version.Slug, null), new("title", version.Title, null)],
            _ => null,
        };
        if (changes is null)
        {
            return;
        }

        audit.Record(new AuditRecord(Category, outcome.ToString().ToLowerInvariant(), version.ContentType, version.ContentItemId, version.Culture, changes));
    }

    // The version this one replaced is the previous number of the same item (versions are never rewritten).
    private async Task<List<AuditChange>> UpdatedAsync(ContentItemVersion version, string number, CancellationToken cancellationToken)
    {
        var previous = await db.Set<ContentItemVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == version.ContentItemId && v.Number == version.Number - 1, cancellationToken);
        var changes = new List<AuditChange> { new("@version", previous?.Number.ToString(CultureInfo.InvariantCulture), number) };
        if (previous?.Slug != version.Slug)
        {
            changes.Add(new("@slug", previous?.Slug, version.Slug));
        }

        // Saved and published at once. Whether the item was online before is no longer readable here (the old
        // version's flag is already cleared in this transaction), so only the new state is stated.
        if (version.Published)
        {
            changes.Add(new("@published", null, Flag(true)));
        }

        changes.AddRange(VersionComparer.Compare(previous?.Data, version.Data).Select(ToAudit));
        return changes;
    }

    private static AuditChange ToAudit(FieldChange change) => new(change.Path, change.Before, change.After);

    private static string Flag(bool value) => value ? "true" : "false";
}
