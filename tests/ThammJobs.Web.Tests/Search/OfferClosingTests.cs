using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Rules;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Search;

/// <summary>
/// The seeded offer closes on 19 March 2026 at 23:59, Africa/Casablanca, during Ramadan when Morocco is on UTC+0: it is
/// open until 23:59:59 local (= UTC) and closed from 00:00, everywhere, and the closing is recorded once across nodes.
/// </summary>
public abstract class OfferClosingTests(DatabaseKind kind)
{
    private const string French = "offer-expert-migration-nationale-fr";
    private const string Arabic = "offer-expert-migration-nationale-ar";
    private const string OfferPage = "/fr/offres/expert-migration-nationale-thamm-equipe-france";

    [Fact]
    public async Task The_offer_closes_at_midnight_Casablanca_time_and_the_closing_is_recorded_once_across_two_nodes()
    {
        // 23:00 UTC would already be midnight with the usual UTC+1: the offer must still be open then.
        var start = new DateTimeOffset(2026, 3, 19, 23, 0, 0, TimeSpan.Zero);
        using var database = TestDatabase.Create(kind);
        using var nodeA = Node(database, "a", start);
        using var nodeB = Node(database, "b", start);
        var visitorA = nodeA.CreateClient();
        var visitorB = nodeB.CreateClient();
        await AssertOpenAsync(visitorA, open: true);

        Advance(nodeA, nodeB, TimeSpan.FromSeconds(59 * 60 + 59)); // 23:59:59 local
        await AssertOpenAsync(visitorA, open: true);
        await AssertOpenAsync(visitorB, open: true);
        Assert.Equal(0, (await Task.WhenAll(Runner(nodeA).RunDueAsync(), Runner(nodeB).RunDueAsync())).Sum());
        var tasksBefore = await SchedulingTests.IndexingTasksAsync(nodeA);

        Advance(nodeA, nodeB, TimeSpan.FromSeconds(1)); // 00:00 local on 20 March
        var done = await Task.WhenAll(Task.Run(() => Runner(nodeA).RunDueAsync()), Task.Run(() => Runner(nodeB).RunDueAsync()));

        Assert.Equal(2, done.Sum()); // the French and the Arabic offer, once each
        var runs = await SchedulingTests.RunsAsync(nodeA, "offers.closing");
        Assert.Equal(new[] { Arabic + "@2026-03-19T23:59Z", French + "@2026-03-19T23:59Z" }, runs.Select(r => r.Occurrence).Order());
        Assert.All(runs, r =>
        {
            Assert.Equal(RuleRunStatus.Done, r.Status);
            Assert.Equal(new DateTime(2026, 3, 20, 0, 0, 0), r.FinishedUtc);
            Assert.Contains("2026-03-19T23:59 Africa/Casablanca (UTC+0)", r.Summary, StringComparison.Ordinal);
        });
        Assert.Equal(tasksBefore + 2, await SchedulingTests.IndexingTasksAsync(nodeA));
        await AssertOpenAsync(visitorA, open: false);
        await AssertOpenAsync(visitorB, open: false);

        // Idempotent: later rounds find nothing more to do.
        nodeA.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Runner(nodeA).RunDueAsync());
    }

    private static async Task AssertOpenAsync(HttpClient visitor, bool open)
    {
        var (_, page) = await Html.GetAsync(visitor, OfferPage);
        Assert.Equal(open, page.QuerySelector(".badge-open") is not null);
        var apply = await visitor.GetStringAsync(OfferPage + "/postuler");
        Assert.Equal(!open, apply.Contains("Les candidatures sont closes", StringComparison.Ordinal));
        var home = await visitor.GetStringAsync("/fr");
        Assert.Equal(open, home.Contains("/fr/offres/expert-migration-nationale-thamm-equipe-france", StringComparison.Ordinal));

        // The index is the node's own: wait (bounded) for the node's indexer to have applied the seed or the closing task.
        await SearchApi.WaitUntilAsync(async () => (await SearchApi.IdsAsync(visitor, "q=migration&status=all")).Contains(French), TimeSpan.FromSeconds(10));
        Assert.Equal(open, (await SearchApi.IdsAsync(visitor, "q=migration&status=open")).Contains(French));
        Assert.Equal(!open, (await SearchApi.IdsAsync(visitor, "q=migration&status=closed")).Contains(French));
    }

    private static void Advance(SiteFactory a, SiteFactory b, TimeSpan by)
    {
        a.Clock.Advance(by);
        b.Clock.Advance(by);
    }

    private static BackgroundRuleRunner Runner(SiteFactory site) => site.Services.GetRequiredService<BackgroundRuleRunner>();

    private static SiteFactory Node(TestDatabase database, string name, DateTimeOffset now) =>
        new SiteFactory(database, now).With("ThammJobs:Search:IndexFolder", Path.Combine(database.DataFolder, "index-" + name))
            .With("ThammJobs:Rules:Enabled", "false");
}

public sealed class OfferClosingTestsOnSqlite() : OfferClosingTests(DatabaseKind.Sqlite);

public sealed class OfferClosingTestsOnPostgreSql() : OfferClosingTests(DatabaseKind.PostgreSql);
