using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Scheduling;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;
using ThammJobs.Web.Tests.Search;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>
/// Scheduled publication with a fake clock: nothing before the instant, published at it (search included), once even
/// with two nodes running the rules at the same moment; cancelling; instants that cannot be meant are refused.
/// </summary>
public abstract class SchedulingTests(DatabaseKind kind)
{
    private const string French = "offer-expert-migration-nationale-fr";
    private const string Arabic = "offer-expert-migration-nationale-ar";
    private const string OfferPage = "/fr/offres/expert-migration-nationale-thamm-equipe-france";
    private static string SchedulePage(string culture = "fr") => $"/{culture}/admin/contenus/{French}/planifier";

    [Fact]
    public async Task Both_languages_scheduled_from_the_page_are_published_by_the_service_at_the_instant()
    {
        using var site = new SiteFactory(kind: kind);
        await TakeOfflineAsync(site);
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        var visitor = Staff.Anonymous(site);

        // The bundled tz database (2026f) has Morocco on UTC+0 since 20 September 2026: 11:00 there is 11:00 UTC,
        // an hour after the fake clock's 10:00 UTC. The offset is looked up, never assumed.
        var response = await PostScheduleAsync(editor, "2026-11-26", "11:00", "Africa/Casablanca", translations: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var schedules = await SchedulesAsync(site);
        Assert.Equal(new[] { Arabic, French }, schedules.Select(s => s.ContentItemId).Order());
        Assert.All(schedules, s => Assert.Equal(new DateTime(2026, 11, 26, 11, 0, 0, DateTimeKind.Utc), s.DueUtc));
        var (_, list) = await Html.GetAsync(editor, "/fr/admin/contenus");
        Assert.Contains("Publication planifiée le 26 novembre 2026 11:00 (Africa/Casablanca, UTC+0)", Html.VisibleText(list));

        site.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await RunnerOf(site).RunDueAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(OfferPage)).StatusCode);

        // At the instant the node's own service wakes (it sleeps on the injected clock) and publishes both.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await SearchApi.WaitUntilAsync(async () => (await PublishedAsync(site)).Count == 2, TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { Arabic, French }, (await PublishedAsync(site)).Order());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(OfferPage)).StatusCode);
        await SearchApi.WaitUntilAsync(async () => (await SearchApi.IdsAsync(visitor, "q=migration&status=all")).Contains(French), TimeSpan.FromSeconds(5));
        Assert.Contains(French, await SearchApi.IdsAsync(visitor, "q=migration&status=all"));

        var runs = await RunsAsync(site, ScheduledPublicationRuleName);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(RuleRunStatus.Done, r.Status));
        Assert.Contains(runs, r => r.Summary!.StartsWith("published " + French, StringComparison.Ordinal));
        Assert.All(await SchedulesAsync(site, ScheduleStatus.Published), s => Assert.NotNull(s.ClosedUtc));
        Assert.Equal(0, await RunnerOf(site).RunDueAsync());
    }

    [Fact]
    public async Task Two_nodes_running_the_rules_at_the_same_instant_publish_each_item_once()
    {
        using var database = TestDatabase.Create(kind);
        using var nodeA = Node(database, "a");
        using var nodeB = Node(database, "b");
        _ = nodeA.CreateClient();
        _ = nodeB.CreateClient();
        await TakeOfflineAsync(nodeA);
        var due = ScheduleInstant.Parse("2026-11-26", "10:30", "Africa/Casablanca", nodeA.Clock.GetUtcNow()).Instant!;
        await nodeA.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<PublicationScheduler>().ScheduleAsync([French, Arabic], due, "test", CancellationToken.None);
            return 0;
        });
        var tasksBefore = await IndexingTasksAsync(nodeA);

        nodeA.Clock.Advance(TimeSpan.FromMinutes(30));
        nodeB.Clock.Advance(TimeSpan.FromMinutes(30));
        var done = await Task.WhenAll(Task.Run(() => RunnerOf(nodeA).RunDueAsync()), Task.Run(() => RunnerOf(nodeB).RunDueAsync()));

        Assert.Equal(2, done.Sum());
        Assert.Equal(new[] { Arabic, French }, (await PublishedAsync(nodeA)).Order());
        var runs = await RunsAsync(nodeA, ScheduledPublicationRuleName);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(RuleRunStatus.Done, r.Status));

        // Each publication wrote the tasks of a manual publish (the item and its translation), and only once.
        Assert.Equal(tasksBefore + 4, await IndexingTasksAsync(nodeA));
        Assert.Equal(0, (await Task.WhenAll(RunnerOf(nodeA).RunDueAsync(), RunnerOf(nodeB).RunDueAsync())).Sum());
    }

    [Fact]
    public async Task A_run_left_by_a_node_that_died_is_taken_over_once_its_lease_has_run_out()
    {
        using var site = new SiteFactory(kind: kind).With("ThammJobs:Rules:Enabled", "false");
        _ = site.CreateClient();
        await TakeOfflineAsync(site);
        var due = ScheduleInstant.Parse("2026-11-26", "10:30", "UTC", site.Clock.GetUtcNow()).Instant!;
        var scheduleId = await site.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<PublicationScheduler>().ScheduleAsync([French], due, "test", CancellationToken.None);
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var id = await db.Set<ScheduledPublication>().Select(s => s.Id).SingleAsync();

            // Another node claimed the occurrence at the instant and died: its lease runs five minutes.
            db.Add(new RuleRun
            {
                Rule = ScheduledPublicationRuleName, Occurrence = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Status = RuleRunStatus.Running, Node = "dead-node", Attempts = 1, StartedUtc = due.Utc, LeaseUntilUtc = due.Utc.AddMinutes(5),
            });
            await db.SaveChangesAsync();
            return id;
        });

        site.Clock.Advance(TimeSpan.FromMinutes(32));
        Assert.Equal(0, await RunnerOf(site).RunDueAsync());
        Assert.Empty(await PublishedAsync(site));

        site.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, await RunnerOf(site).RunDueAsync());
        Assert.Equal(new[] { French }, await PublishedAsync(site));
        var run = Assert.Single(await RunsAsync(site, ScheduledPublicationRuleName));
        Assert.Equal((RuleRunStatus.Done, 2, RunnerOf(site).NodeId), (run.Status, run.Attempts, run.Node));
        Assert.Equal(scheduleId.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Occurrence);
    }

    [Fact]
    public async Task A_cancelled_schedule_publishes_nothing()
    {
        using var site = new SiteFactory(kind: kind).With("ThammJobs:Rules:Enabled", "false");
        await TakeOfflineAsync(site);
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        Assert.Equal(HttpStatusCode.Redirect, (await PostScheduleAsync(editor, "2026-11-27", "09:00", "Europe/Paris", translations: false)).StatusCode);
        Assert.Single(await SchedulesAsync(site));

        var (_, page) = await Html.GetAsync(editor, SchedulePage());
        Assert.Contains("publication le 27 novembre 2026 09:00 (Europe/Paris, UTC+1)", Html.VisibleText(page));
        var cancel = page.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=Cancel", StringComparison.Ordinal));
        var response = await editor.PostAsync(cancel.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = cancel.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["item"] = French,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await SchedulesAsync(site));
        Assert.Single(await SchedulesAsync(site, ScheduleStatus.Cancelled));

        site.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await RunnerOf(site).RunDueAsync());
        Assert.Empty(await PublishedAsync(site));
    }

    [Fact]
    public async Task Past_nonexistent_and_unreadable_instants_are_refused_in_the_page_language_keeping_what_was_typed()
    {
        using var site = new SiteFactory(kind: kind).With("ThammJobs:Rules:Enabled", "false");
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");

        // 09:00 in Casablanca (UTC+0) is an hour before the fake clock's 10:00 UTC.
        var past = await PostScheduleAsync(editor, "2026-11-26", "09:00", "Africa/Casablanca", translations: false);
        var pastPage = Html.Parse(await past.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("Cet instant est déjà passé", Html.VisibleText(pastPage));
        Assert.Equal("2026-11-26", pastPage.QuerySelector("#Date")!.GetAttribute("value"));
        Assert.Equal("09:00", pastPage.QuerySelector("#Time")!.GetAttribute("value"));

        // Clocks in France go from 02:00 to 03:00 on 28 March 2027: 02:30 never happens there.
        var gap = await PostScheduleAsync(editor, "2027-03-28", "02:30", "Europe/Paris", translations: false);
        Assert.Contains("Cette heure n&#x27;existe pas dans ce fuseau", await gap.Content.ReadAsStringAsync());

        var unreadable = await PostScheduleAsync(editor, "31/02/2027", "9h", "Africa/Casablanca", translations: false, culture: "ar");
        var arabic = Html.Parse(await unreadable.Content.ReadAsStringAsync());
        Assert.Contains("أدخلوا تاريخا (سنة-شهر-يوم) وساعة (س:د) صحيحين.", Html.VisibleText(arabic));
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Equal("31/02/2027", arabic.QuerySelector("#Date")!.GetAttribute("value"));

        Assert.Empty(await SchedulesAsync(site));
    }

    private const string ScheduledPublicationRuleName = "content.scheduled-publication";

    private static SiteFactory Node(TestDatabase database, string name) =>
        SearchApi.Node(database, name).With("ThammJobs:Rules:Enabled", "false");

    private static BackgroundRuleRunner RunnerOf(SiteFactory site) => site.Services.GetRequiredService<BackgroundRuleRunner>();

    private static async Task TakeOfflineAsync(SiteFactory site) => await site.WithScopeAsync(async sp =>
    {
        var content = sp.GetRequiredService<ContentManager>();
        return await content.UnpublishAsync(French) && await content.UnpublishAsync(Arabic);
    });

    private static async Task<HttpResponseMessage> PostScheduleAsync(HttpClient client, string date, string time, string zone, bool translations, string culture = "fr")
    {
        var (_, page) = await Html.GetAsync(client, SchedulePage(culture));
        var form = page.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=Schedule", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Date"] = date,
            ["Input.Time"] = time,
            ["Input.Zone"] = zone,
        };
        if (translations)
        {
            fields["Input.Translations"] = "true";
        }

        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static Task<List<ScheduledPublication>> SchedulesAsync(SiteFactory site, ScheduleStatus status = ScheduleStatus.Pending) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ScheduledPublication>().AsNoTracking().Where(s => s.Status == status).ToListAsync());

    private static Task<List<string>> PublishedAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.Published && (v.ContentItemId == French || v.ContentItemId == Arabic)).Select(v => v.ContentItemId).ToListAsync());

    internal static Task<List<RuleRun>> RunsAsync(SiteFactory site, string rule) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<RuleRun>().AsNoTracking().Where(r => r.Rule == rule).ToListAsync());

    internal static Task<int> IndexingTasksAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ThammJobs.Search.Indexing.IndexingTask>().CountAsync());
}

public sealed class SchedulingTestsOnSqlite() : SchedulingTests(DatabaseKind.Sqlite);

public sealed class SchedulingTestsOnPostgreSql() : SchedulingTests(DatabaseKind.PostgreSql);
