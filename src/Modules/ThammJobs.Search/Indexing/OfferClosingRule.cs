using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// At each published offer's closing instant (the end of its deadline's minute, in the offer's own zone), records the
/// closing and writes an indexing task for it, once across the nodes. Pages, lists, the apply form and the search
/// filter already compare the deadline with the clock at request time, so the offer shows as closed at that instant
/// with or without this rule; the task refreshes what the index stored at publication time, and the run is the trace
/// ("closed at …") an administrator can read. One occurrence per offer and deadline: moving the deadline gives a new one.
/// </summary>
internal sealed class OfferClosingRule(RulesOptions options) : IBackgroundRule
{
    public const string RuleName = "offers.closing";

    public string Name => RuleName;

    public async Task<IReadOnlyList<string>> DueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Closed from the end of the deadline's minute (OfferDeadlines.IsOpen); no further back than the catch-up window.
        var closedBefore = nowUtc.AddMinutes(-1);
        var oldest = nowUtc - options.CatchUpWindow;
        var offers = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.DeadlineUtc != null && v.DeadlineUtc <= closedBefore && v.DeadlineUtc > oldest)
            .OrderBy(v => v.DeadlineUtc)
            .Select(v => new { v.ContentItemId, v.DeadlineUtc })
            .ToListAsync(cancellationToken);
        return offers.Select(o => Occurrence(o.ContentItemId, o.DeadlineUtc!.Value)).ToList();
    }

    public async Task<DateTime?> NextDueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var closedBefore = nowUtc.AddMinutes(-1);
        var next = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.DeadlineUtc != null && v.DeadlineUtc > closedBefore)
            .MinAsync(v => v.DeadlineUtc, cancellationToken);
        return next?.AddMinutes(1);
    }

    public async Task<string> RunAsync(IServiceProvider services, string occurrence, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var itemId = occurrence[..occurrence.LastIndexOf('@')];
        var offer = await db.Set<ContentItemVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ContentItemId == itemId && v.Published, cancellationToken);
        if (offer is null)
        {
            return $"{itemId} is no longer published: nothing to close";
        }

        db.Set<IndexingTask>().Add(new IndexingTask { ContentItemId = itemId, CreatedUtc = now });
        services.GetRequiredService<IndexingSignal>().MarkPending();
        var deadline = ContentJson.Deserialize<JobOffer>(offer.Data).Deadline;
        return $"{itemId} closed: deadline {deadline.Local} {deadline.TimeZone} ({OfferDeadlines.OffsetLabel(deadline)}); search re-indexed";
    }

    private static string Occurrence(string contentItemId, DateTime deadlineUtc) =>
        contentItemId + "@" + deadlineUtc.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
