using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Recipes;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Recipes;

public abstract class SeedingTests(DatabaseKind kind)
{
    [Fact]
    public async Task Starting_the_site_twice_leaves_exactly_one_copy_of_every_seeded_item()
    {
        using var database = TestDatabase.Create(kind);
        using (var first = new SiteFactory(database))
        {
            _ = first.CreateClient();
        }

        using var second = new SiteFactory(database);
        _ = second.CreateClient();

        var provider = await second.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ThammJobs.Core.Data.ThammJobsDbContext>().Database.ProviderName));
        Assert.EndsWith(kind == DatabaseKind.PostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider, StringComparison.Ordinal);
        var versions = await SiteContent.VersionsAsync(second);
        Assert.Equal(8, versions.Count);
        Assert.Equal(8, versions.Select(v => v.ContentItemId).Distinct().Count());
        Assert.All(versions, v => Assert.True(v.Latest && v.Published));
        Assert.Equal(4, versions.Select(v => v.TranslationSet).Distinct().Count());
        Assert.All(versions.GroupBy(v => v.TranslationSet), set => Assert.Equal(["ar", "fr"], set.Select(v => v.Culture).Order()));
        var run = Assert.Single(await SiteContent.RunsAsync(second));
        Assert.Equal("thamm-plus", run.Name);
        Assert.Equal(8, run.ItemsCreated);
    }

    [Fact]
    public async Task Importing_the_same_recipe_again_changes_nothing()
    {
        using var site = new SiteFactory(kind: kind);
        _ = site.CreateClient();
        var before = await SiteContent.LatestAsync(site);

        var run = await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ImportFileAsync(SiteContent.RecipePath("thamm-plus")));

        Assert.Equal((0, 0, 8), (run.ItemsCreated, run.ItemsUpdated, run.ItemsUnchanged));
        Assert.Equal(before, await SiteContent.LatestAsync(site));
        Assert.Equal(8, (await SiteContent.VersionsAsync(site)).Count);
        Assert.Equal(2, (await SiteContent.RunsAsync(site)).Count);
    }

    [Fact]
    public async Task The_demo_recipe_is_imported_only_on_request_and_its_offers_are_open()
    {
        using var plain = new SiteFactory(kind: kind);
        var plainHome = await plain.CreateClient().GetStringAsync("/fr");
        Assert.DoesNotContain("[DÉMO]", plainHome, StringComparison.Ordinal);

        using var demo = new SiteFactory(kind: kind).With("ThammJobs:ImportDemoRecipe", "true");
        var client = demo.CreateClient();
        var home = await client.GetStringAsync("/fr");
        var arabicHome = await client.GetStringAsync("/ar");

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(home, @"class=""card""").Count);
        Assert.Contains("[DÉMO]", home, StringComparison.Ordinal);
        Assert.Contains("[تجريبي]", arabicHome, StringComparison.Ordinal);
        Assert.Equal(["demo", "thamm-plus"], (await SiteContent.RunsAsync(demo)).Select(r => r.Name).Order());
    }

    [Fact]
    public async Task An_open_offer_shows_its_deadline_and_an_apply_action()
    {
        // Before the seeded deadline, the real posting is open.
        using var site = new SiteFactory(now: new DateTimeOffset(2026, 3, 19, 23, 59, 30, TimeSpan.Zero), kind: kind);
        var page = await site.CreateClient().GetStringAsync("/fr/offres/expert-migration-nationale-thamm-equipe-france");
        var home = await site.CreateClient().GetStringAsync("/fr");

        Assert.Contains("Candidatures ouvertes", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button\" href=\"/fr/offres/expert-migration-nationale-thamm-equipe-france/postuler\">Postuler</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://expertise-france.gestmax.fr", page, StringComparison.Ordinal);
        Assert.Contains("/fr/offres/expert-migration-nationale-thamm-equipe-france", home, StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromSeconds(30));
        var closedPage = await site.CreateClient().GetStringAsync("/fr/offres/expert-migration-nationale-thamm-equipe-france");
        Assert.Contains("Offre clôturée", closedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"button\" href=\"#postuler\"", closedPage, StringComparison.Ordinal);
    }
}

public sealed class SeedingTestsOnSqlite() : SeedingTests(DatabaseKind.Sqlite);

public sealed class SeedingTestsOnPostgreSql() : SeedingTests(DatabaseKind.PostgreSql);
