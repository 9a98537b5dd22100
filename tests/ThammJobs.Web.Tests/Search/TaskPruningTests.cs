using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Search.Indexing;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Search;

public sealed class TaskPruningTests
{
    [Fact]
    public async Task A_node_that_was_away_while_tasks_were_pruned_rebuilds_instead_of_missing_changes()
    {
        using var database = TestDatabase.Create();
        using (var away = SearchApi.Node(database, "b"))
        {
            _ = away.CreateClient();
        }

        using var nodeA = SearchApi.Node(database, "a");
        _ = nodeA.CreateClient();
        await nodeA.WithScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>("offer-expert-migration-nationale", "fr");
            var data = JsonNode.Parse(item!.Version.Data)!.AsObject();
            data["title"] = "Expert.e en volcanologie";
            var draft = new ContentDraft(item.Version.ContentItemId, ContentTypes.JobOffer, "fr", item.Version.TranslationSet, item.Version.Slug, ContentJson.Deserialize<JobOffer>(data.ToJsonString()));
            return await sp.GetRequiredService<ContentManager>().SaveAsync(draft, publish: true, author: "test");
        });
        var tasks = await nodeA.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<IndexingTask>().CountAsync());

        nodeA.Clock.Advance(TimeSpan.FromDays(8));
        Assert.True(tasks > 0);
        await nodeA.WithScopeAsync(sp => sp.GetRequiredService<IndexSynchronizer>().PruneAsync(CancellationToken.None));
        // Node A's own background service may have pruned them first (it sees the same clock): either way they are gone.
        Assert.Equal(0, await nodeA.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<IndexingTask>().CountAsync()));

        // Node B's index exists but predates the edit, whose task is gone: it must rebuild to see it.
        using var back = SearchApi.Node(database, "b");
        Assert.Contains("offer-expert-migration-nationale-fr", await SearchApi.IdsAsync(back.CreateClient(), "q=volcanologie&status=all"));
    }
}
