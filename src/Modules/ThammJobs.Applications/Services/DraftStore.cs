using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Services;

/// <summary>The drafts behind forms not yet submitted: found by their token, created on the first file.</summary>
public sealed class DraftStore(ThammJobsDbContext db, TimeProvider clock, IOptions<ApplicationOptions> options)
{
    /// <summary>The live draft of this offer with this token, if any (an expired or foreign token is ignored).</summary>
    public async Task<ApplicationDraft?> FindAsync(string? token, string offerSet, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 32)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ApplicationDraft>().FirstOrDefaultAsync(d => d.Token == token && d.OfferSet == offerSet && d.ExpiresUtc > now, cancellationToken);
    }

    public async Task<ApplicationDraft> CreateAsync(string offerSet, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new ApplicationDraft
        {
            Id = Guid.NewGuid(),
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            OfferSet = offerSet,
            CreatedUtc = now,
            ExpiresUtc = now.AddHours(options.Value.DraftHours),
        };
        db.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<List<ApplicationDocument>> DocumentsAsync(Guid draftId, CancellationToken cancellationToken) =>
        await db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.DraftId == draftId).OrderBy(d => d.UploadedUtc).ToListAsync(cancellationToken);
}
