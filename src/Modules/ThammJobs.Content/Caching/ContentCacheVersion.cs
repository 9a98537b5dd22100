using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Caching;

/// <summary>
/// The content part of public cache keys: this node's <see cref="ContentGeneration"/> and the next instant an offer
/// closes. Pages say "open" or "closed" from the clock, not from a change: when the clock passes a closing instant
/// the token changes, so no page (offer, list, search, home) is served from before it. The closing instants of
/// the published offers are read once per generation.
/// </summary>
internal sealed class ContentCacheVersion(ContentGeneration generation, IServiceScopeFactory scopes) : ICacheVersionSource
{
    private readonly Lock gate = new();
    private Closings? closings;
    private Task<Closings>? loading;
    private long loadingGeneration = -1;

    public string Name => "content";

    public async ValueTask<CacheVersion> GetAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read before loading: data loaded after this point is at least as new as this generation.
        var current = generation.Current;
        var known = Volatile.Read(ref closings);
        if (known is null || known.Generation != current)
        {
            known = await LoadAsync(current);
        }

        var next = known.After(now);
        return new CacheVersion(current + "." + (next?.UtcTicks ?? 0), next);
    }

    private async Task<Closings> LoadAsync(long current)
    {
        Task<Closings> task;
        lock (gate)
        {
            // One load per generation, shared by the requests that arrive meanwhile; a failed one is tried again.
            if (loading is null || loading.IsFaulted || loading.IsCanceled || loadingGeneration != current)
            {
                loadingGeneration = current;
                loading = ReadAsync(current);
            }

            task = loading;
        }

        var result = await task;
        Volatile.Write(ref closings, result);
        return result;
    }

    private async Task<Closings> ReadAsync(long current)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        var deadlines = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.DeadlineUtc != null)
            .Select(v => v.DeadlineUtc!.Value)
            .ToListAsync();

        // An offer is open until the end of its deadline's minute (OfferDeadlines.IsOpen): it closes one minute after.
        var ticks = deadlines.Select(d => DateTime.SpecifyKind(d, DateTimeKind.Utc).AddMinutes(1).Ticks).Distinct().Order().ToArray();
        return new Closings(current, ticks);
    }

    private sealed record Closings(long Generation, long[] Ticks)
    {
        public DateTimeOffset? After(DateTimeOffset now)
        {
            var index = Array.BinarySearch(Ticks, now.UtcTicks);

            // Found: that instant has come (closed at it), take the next; not found: the complement is the next larger.
            index = index >= 0 ? index + 1 : ~index;
            return index < Ticks.Length ? new DateTimeOffset(Ticks[index], TimeSpan.Zero) : null;
        }
    }
}
