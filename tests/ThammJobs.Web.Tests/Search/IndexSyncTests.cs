using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Search;

/// <summary>Changes to offers show in search quickly, on the node that made them and on the others.</summary>
public abstract class IndexSyncTests(DatabaseKind kind)
{
    private const string OfferId = "offer-expert-migration-nationale-fr";

    private static async Task<ContentDraft> SeedOfferDraftAsync(SiteFactory site, Action<JsonObject> edit)
    {
        var json = await site.WithScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>("offer-expert-migration-nationale", "fr");
            return item!.Version.Data;
        });
        var data = JsonNode.Parse(json)!.AsObject();
        edit(data);
        var offer = ContentJson.Deserialize<JobOffer>(data.ToJsonString());
        return new ContentDraft(OfferId, ContentTypes.JobOffer, "fr", "offer-expert-migration-nationale", "expert-migration-nationale-thamm-equipe-france", offer);
    }

    private static Func<Task<bool>> Finds(HttpClient client, string query, string id) =>
        async () => (await SearchApi.IdsAsync(client, query)).Contains(id);

    [Fact]
    public async Task Editing_unpublishing_and_deleting_show_in_search_within_a_second()
    {
        using var site = new SiteFactory(kind: kind);
        var client = site.CreateClient();
        Assert.Contains(OfferId, await SearchApi.IdsAsync(client, "q=migration&status=all"));

        var edited = await SeedOfferDraftAsync(site, d => d["title"] = "Expert.e en astrophysique lunaire");
        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(edited, publish: true, author: "test"));
        var editedAfter = await SearchApi.WaitUntilAsync(Finds(client, "q=astrophysique&status=all", OfferId), TimeSpan.FromSeconds(5));
        Assert.True(editedAfter < TimeSpan.FromSeconds(1), $"edit visible after {editedAfter.TotalMilliseconds} ms");

        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(OfferId));
        var unpublishedAfter = await SearchApi.WaitUntilAsync(async () => !await Finds(client, "q=astrophysique&status=all", OfferId)(), TimeSpan.FromSeconds(5));
        Assert.True(unpublishedAfter < TimeSpan.FromSeconds(1), $"unpublish visible after {unpublishedAfter.TotalMilliseconds} ms");

        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(edited with { }, publish: true, author: "test"));
        await SearchApi.WaitUntilAsync(Finds(client, "q=astrophysique&status=all", OfferId), TimeSpan.FromSeconds(5));
        Assert.Contains(OfferId, await SearchApi.IdsAsync(client, "q=astrophysique&status=all"));

        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().DeleteAsync(OfferId));
        var deletedAfter = await SearchApi.WaitUntilAsync(async () => !await Finds(client, "q=astrophysique&status=all", OfferId)(), TimeSpan.FromSeconds(5));
        Assert.True(deletedAfter < TimeSpan.FromSeconds(1), $"delete visible after {deletedAfter.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_offer_leaves_the_open_results_when_its_deadline_passes()
    {
        using var site = new SiteFactory(now: new DateTimeOffset(2026, 3, 19, 23, 0, 0, TimeSpan.Zero), kind: kind);
        var client = site.CreateClient();
        Assert.Contains(OfferId, await SearchApi.IdsAsync(client, "q=migration"));

        site.Clock.Advance(TimeSpan.FromHours(1));

        Assert.DoesNotContain(OfferId, await SearchApi.IdsAsync(client, "q=migration"));
        Assert.Contains(OfferId, await SearchApi.IdsAsync(client, "q=migration&status=closed"));
    }

    [Fact]
    public async Task A_change_made_on_one_node_is_found_on_another()
    {
        using var database = TestDatabase.Create(kind);
        using var nodeA = SearchApi.Node(database, "a");
        using var nodeB = SearchApi.Node(database, "b");
        var clientA = nodeA.CreateClient();
        var clientB = nodeB.CreateClient();

        var edited = await SeedOfferDraftAsync(nodeA, d => d["title"] = "Expert.e en océanographie");
        await nodeA.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(edited, publish: true, author: "node-a"));

        var after = await SearchApi.WaitUntilAsync(Finds(clientB, "q=oc%C3%A9anographie&status=all", OfferId), TimeSpan.FromSeconds(10));
        Assert.True(after < TimeSpan.FromSeconds(5), $"node B saw the change after {after.TotalMilliseconds} ms");
        Assert.Contains(OfferId, await SearchApi.IdsAsync(clientA, "q=oc%C3%A9anographie&status=all"));
    }
}

public sealed class IndexSyncTestsOnSqlite() : IndexSyncTests(DatabaseKind.Sqlite);

public sealed class IndexSyncTestsOnPostgreSql() : IndexSyncTests(DatabaseKind.PostgreSql);
