using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Handlers;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Recipes;

namespace ThammJobs.Web.Tests.Content;

public abstract class ContentManagerTests(DatabaseKind kind)
{
    private static ContentDraft AboutPage(string title) =>
        new("page-about-fr", ContentTypes.Page, "fr", "page-about", "a-propos", new Page { Title = title, Body = "Texte" });

    [Fact]
    public async Task A_failing_handler_rolls_back_the_version_it_was_told_about()
    {
        var failing = new FailingHandler();
        using var site = new SiteFactory(kind: kind).WithServices(s => s.AddSingleton<IContentHandler>(failing));
        _ = site.CreateClient();
        failing.Armed = true;
        var before = await SiteContent.VersionsAsync(site);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(AboutPage("Nouveau titre"), publish: true, author: "test")));

        var after = await SiteContent.VersionsAsync(site);
        Assert.Equal(before.Select(v => (v.Id, v.Latest, v.Published)), after.Select(v => (v.Id, v.Latest, v.Published)));
    }

    [Fact]
    public async Task Saving_a_draft_keeps_the_published_version_online()
    {
        using var site = new SiteFactory(kind: kind);
        var client = site.CreateClient();

        var outcome = await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(AboutPage("Brouillon"), publish: false, author: "editor"));

        Assert.Equal(SaveOutcome.Updated, outcome);
        var versions = (await SiteContent.VersionsAsync(site)).Where(v => v.ContentItemId == "page-about-fr").ToList();
        Assert.Equal([(1, false, true), (2, true, false)], versions.Select(v => (v.Number, v.Latest, v.Published)));
        Assert.Equal("editor", versions[1].Author);
        var page = await client.GetStringAsync("/fr/pages/a-propos");
        Assert.Contains("À propos", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Brouillon", page, StringComparison.Ordinal);
    }

    private sealed class FailingHandler : IContentHandler
    {
        public bool Armed { get; set; }

        public Task VersionSavedAsync(ContentItemVersion version, SaveOutcome outcome, CancellationToken cancellationToken) =>
            Armed ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
    }
}

public sealed class ContentManagerTestsOnSqlite() : ContentManagerTests(DatabaseKind.Sqlite);

public sealed class ContentManagerTestsOnPostgreSql() : ContentManagerTests(DatabaseKind.PostgreSql);
