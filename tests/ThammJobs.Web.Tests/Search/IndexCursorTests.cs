using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Data;
using ThammJobs.Search.Indexing;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Search;

/// <summary>
/// Task ids can become visible out of order (PostgreSQL: the transaction holding id 10 commits after the one
/// holding 11). The cursor must not jump over a hole until the hole is old enough to be a rollback.
/// </summary>
public sealed class IndexCursorTests
{
    [Fact]
    public async Task The_cursor_waits_at_a_hole_then_passes_it_once_it_is_old()
    {
        using var site = new SiteFactory().With("ThammJobs:Search:PollInterval", "01:00:00");
        _ = site.CreateClient();
        var index = site.Services.GetRequiredService<SearchIndex>();
        var start = index.Cursor;
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            // Ids start+1 and start+3 exist; start+2 is "still in flight".
            db.Set<IndexingTask>().AddRange(
                new IndexingTask { Id = start + 1, ContentItemId = "offer-expert-migration-nationale-fr", CreatedUtc = now },
                new IndexingTask { Id = start + 3, ContentItemId = "offer-expert-migration-nationale-ar", CreatedUtc = now });
            return await db.SaveChangesAsync();
        });

        await site.WithScopeAsync(sp => sp.GetRequiredService<IndexSynchronizer>().CatchUpAsync(CancellationToken.None));
        Assert.Equal(start + 1, index.Cursor);

        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await site.WithScopeAsync(sp => sp.GetRequiredService<IndexSynchronizer>().CatchUpAsync(CancellationToken.None));
        Assert.Equal(start + 3, index.Cursor);
    }
}
