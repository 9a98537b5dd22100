using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Notifications;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Applications.Rules;

/// <summary>
/// The posting promises: "without news N days after the deadline, consider your application unsuccessful". When
/// that moment comes (the deadline's local date-time plus N days, in the offer's own time zone, at the end of that
/// minute), every application of the offer nobody has shortlisted yet (received, complete, incomplete, under
/// examination) moves to "not selected" with the rule's reason, and the candidate receives the "not selected"
/// template in their language. Per offer: the rule applies exactly when the offer states a response delay (the
/// shared field "Délai de réponse"); leaving it empty turns it off. One occurrence per offer and instant, so moving
/// the deadline or the delay gives a new one; shortlisted, interviewed, decided or withdrawn applications are untouched.
/// </summary>
internal sealed class ResponseDelayRule(RulesOptions options, ResponseDueCache cache) : IBackgroundRule
{
    public const string RuleName = "applications.response-delay";

    /// <summary>Stages still waiting for an answer: anything a recruiter has not carried further.</summary>
    public static readonly ApplicationStage[] Unanswered = [Received, Complete, Incomplete, Screening];

    private static readonly InstantPattern Key = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");

    // Offers whose deadline is older than the longest delay the editor accepts cannot fall due any more.
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(366);

    public string Name => RuleName;

    public async Task<IReadOnlyList<string>> DueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // No further back than the catch-up window: a site started long after the moment (or this rule deployed on
        // old offers) does not send months-old refusals.
        var oldest = nowUtc - options.CatchUpWindow;
        return (await InstantsAsync(db, nowUtc, cancellationToken))
            .Where(o => o.DueUtc <= nowUtc && o.DueUtc > oldest)
            .Select(o => Occurrence(o.OfferSet, o.DueUtc))
            .ToList();
    }

    public async Task<DateTime?> NextDueAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var closed = (await InstantsAsync(db, nowUtc, cancellationToken)).Where(o => o.DueUtc > nowUtc).Select(o => (DateTime?)o.DueUtc).Min();

        // Offers still open are not read (a site has thousands): none can fall due before its deadline plus one day,
        // less a clock change. Waking at that lower bound is harmless: the runner asks DueAsync again.
        var nextDeadline = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.DeadlineUtc != null && v.DeadlineUtc > nowUtc)
            .MinAsync(v => v.DeadlineUtc, cancellationToken);
        var open = nextDeadline + TimeSpan.FromHours(20);
        return closed is null ? open : open is null ? closed : (closed < open ? closed : open);
    }

    public async Task<string> RunAsync(IServiceProvider services, string occurrence, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        var at = occurrence.LastIndexOf('@');
        var offerSet = occurrence[..at];
        var offer = await PublishedAsync(db, offerSet, cancellationToken);
        var due = offer is null ? null : DueUtc(offer);
        if (offer is null || due is null || Occurrence(offerSet, due.Value) != occurrence)
        {
            // Unpublished, or its deadline or delay changed since: the new instant is another occurrence.
            return $"{offerSet}: no longer due at {occurrence[(at + 1)..]} (offer unpublished, or deadline or delay changed)";
        }

        var reasonId = await ReasonAsync(db, cancellationToken);
        var transitions = services.GetRequiredService<TransitionService>();
        var applications = await db.Set<Application>()
            .Where(a => a.OfferSet == offerSet && Unanswered.Contains(a.Stage) && a.ErasedUtc == null)
            .OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);
        foreach (var application in applications)
        {
            // Through the pipeline: history row, audit line and the "not selected" e-mail, all in this run's transaction.
            transitions.Record(application, NotSelected, TransitionActor.System, null, RuleName, reasonId, null);
        }

        // The offer's own "not selected" message when it has one (the posting may word its refusal), else the general one.
        var templates = await db.Set<NotificationTemplate>().AsNoTracking()
            .Where(t => t.Stage == NotSelected && (t.OfferSet == null || t.OfferSet == offerSet)).ToListAsync(cancellationToken);
        var sending = new[] { "ar", "fr" }
            .Select(c => TransitionNotifier.For(templates, offerSet, NotSelected, c))
            .Where(t => t is { Enabled: true })
            .Select(t => t!.Culture + (t.OfferSet is null ? "" : " (offer's own)"))
            .ToList();
        var deadline = offer.Deadline;
        return $"{offerSet}: {applications.Count} application(s) moved to not selected, {offer.ResponseDelayDays} days after the deadline " +
               $"{deadline.Local} {deadline.TimeZone}; e-mail template enabled for: {(sending.Count == 0 ? "none" : string.Join(", ", sending))}";
    }

    /// <summary>The instant the offer's response delay runs out, or null when it states none (the rule is off).</summary>
    public static DateTime? DueUtc(JobOffer offer)
    {
        if (offer.ResponseDelayDays is not (> 0 and var days) || !OfferDeadlines.TryParseLocal(offer.Deadline.Local, out var local) ||
            OfferDeadlines.FindZone(offer.Deadline.TimeZone) is not { } zone)
        {
            return null;
        }

        // Calendar days in the offer's zone: 23:59 stays 23:59 local across a change of offset (Ramadan in Morocco).
        var end = local.PlusDays(days).InZoneLeniently(zone).ToInstant().Plus(Duration.FromMinutes(1));
        return end.ToDateTimeUtc();
    }

    private async Task<List<(string OfferSet, DateTime DueUtc)>> InstantsAsync(ThammJobsDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var oldest = nowUtc - LongestDelay - options.CatchUpWindow;
        // Only offers whose deadline has passed: a response delay is at least a day, so an open offer is never due
        // yet. Their keys only; the content is read just for versions not seen before (ResponseDueCache).
        var versions = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.DeadlineUtc != null && v.DeadlineUtc > oldest && v.DeadlineUtc <= nowUtc)
            .Select(v => new { v.Id, v.ModifiedUtc, v.TranslationSet })
            .ToListAsync(cancellationToken);

        var current = new Dictionary<(long Id, DateTime Modified), DateTime?>(versions.Count);
        var unseen = new List<long>();
        foreach (var v in versions)
        {
            if (cache.TryGet(v.Id, v.ModifiedUtc, out var known))
            {
                current[(v.Id, v.ModifiedUtc)] = known;
            }
            else
            {
                unseen.Add(v.Id);
            }
        }

        // Streamed in batches, one document at a time: never all the offers' JSON in memory at once.
        foreach (var batch in unseen.Chunk(500))
        {
            await foreach (var v in db.Set<ContentItemVersion>().AsNoTracking().Where(v => batch.Contains(v.Id))
                               .Select(v => new { v.Id, v.ModifiedUtc, v.Data }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                current[(v.Id, v.ModifiedUtc)] = DueUtc(ContentJson.Deserialize<JobOffer>(v.Data));
            }
        }

        cache.Replace(current);

        // The delay and the deadline are shared fields: the French and Arabic versions give the same instant.
        return versions
            .Select(v => (v.TranslationSet, Due: current.GetValueOrDefault((v.Id, v.ModifiedUtc))))
            .Where(v => v.Due is not null)
            .Select(v => (v.TranslationSet, v.Due!.Value))
            .Distinct()
            .ToList();
    }

    private static async Task<JobOffer?> PublishedAsync(ThammJobsDbContext db, string offerSet, CancellationToken cancellationToken)
    {
        var data = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && v.ContentType == ContentTypes.JobOffer && v.TranslationSet == offerSet)
            .OrderBy(v => v.Culture)
            .Select(v => v.Data)
            .FirstOrDefaultAsync(cancellationToken);
        return data is null ? null : ContentJson.Deserialize<JobOffer>(data);
    }

    private static async Task<int> ReasonAsync(ThammJobsDbContext db, CancellationToken cancellationToken)
    {
        var id = await db.Set<RejectionReason>().Where(r => r.LabelFr == DefaultTemplates.ResponseDelayReasonFr).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is { } found)
        {
            return found;
        }

        // Added by the first run, inactive (recruiters do not pick it by hand); it then shows in the reason list,
        // where administrators may translate it differently. Renamed in French, it is added again rather than guessed.
        var reason = new RejectionReason { LabelFr = DefaultTemplates.ResponseDelayReasonFr, LabelAr = DefaultTemplates.ResponseDelayReasonAr, Position = 1000, Active = false };
        db.Add(reason);
        await db.SaveChangesAsync(cancellationToken);
        return reason.Id;
    }

    public static string Occurrence(string offerSet, DateTime dueUtc) =>
        offerSet + "@" + Key.Format(Instant.FromDateTimeUtc(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)));
}
