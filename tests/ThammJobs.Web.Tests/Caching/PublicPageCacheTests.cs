using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;
using ThammJobs.Web.Tests.Search;

namespace ThammJobs.Web.Tests.Caching;

/// <summary>
/// Anonymous public pages and the search API come from the output cache on repeat (no database command runs),
/// never outlive a change (same node at once, other nodes after their sync) or a deadline, and nothing personal
/// (staff, cookies, the apply form) is ever cached.
/// </summary>
public abstract class PublicPageCacheTests(DatabaseKind kind)
{
    private const string OfferId = "offer-expert-migration-nationale-fr";
    private const string Slug = "expert-migration-nationale-thamm-equipe-france";
    private const string FrenchOffer = "/fr/offres/" + Slug;
    private const string ArabicOffer = "/ar/offres/" + Slug;

    private SiteFactory Site(TestDatabase? database = null, DateTimeOffset? now = null) =>
        RequestCommands.Counted(new SiteFactory(database, now, kind));

    [Fact]
    public async Task A_repeated_anonymous_request_is_answered_from_the_cache_with_its_own_request_id()
    {
        using var site = Site();
        var visitor = RequestCommands.Visitor(site);
        foreach (var url in new[] { "/fr", FrenchOffer, ArabicOffer, "/fr/projets/thamm-plus-equipe-france", "/fr/pages/a-propos", "/fr/offres?q=migration&status=all", "/api/search?q=migration&status=all" })
        {
            var first = await CachedGet.SendAsync(site, visitor, url, "br, gzip");
            var second = await CachedGet.SendAsync(site, visitor, url, "br, gzip");

            Assert.Equal(HttpStatusCode.OK, first.Status);
            Assert.True(first.Work > 0, $"{url}: the first request read neither the database nor the index");
            Assert.True(second.FromCache, $"{url}: the repeat ran {second.Work} database commands or searches");
            Assert.Equal(first.Body, second.Body);
            Assert.Equal("br", second.Encoding);
            Assert.NotNull(second.RequestId);
            Assert.NotEqual(first.RequestId, second.RequestId);
        }
    }

    [Fact]
    public async Task Editing_unpublishing_publishing_and_settings_show_on_the_very_next_request()
    {
        using var site = Site();
        var visitor = RequestCommands.Visitor(site);
        await CachedGet.SendAsync(site, visitor, FrenchOffer);
        await CachedGet.SendAsync(site, visitor, "/fr");
        Assert.True((await CachedGet.SendAsync(site, visitor, FrenchOffer)).FromCache);

        var edited = await DraftAsync(site, "Expert.e en astrophysique lunaire");
        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(edited, publish: true, author: "test"));
        Assert.Contains("astrophysique lunaire", (await CachedGet.SendAsync(site, visitor, FrenchOffer)).Body, StringComparison.Ordinal);

        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(OfferId));
        Assert.Equal(HttpStatusCode.NotFound, (await CachedGet.SendAsync(site, visitor, FrenchOffer)).Status);

        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().PublishLatestAsync(OfferId));
        var back = await CachedGet.SendAsync(site, visitor, FrenchOffer);
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("astrophysique lunaire", back.Body, StringComparison.Ordinal);

        await site.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SiteSettings>().SetAsync("SiteName.fr", "Emplois du Grand Large");
            return 0;
        });
        Assert.Contains("Emplois du Grand Large", (await CachedGet.SendAsync(site, visitor, "/fr")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_on_one_node_shows_on_another_after_its_sync()
    {
        using var database = TestDatabase.Create(kind);
        using var nodeA = RequestCommands.Counted(SearchApi.Node(database, "a"));
        using var nodeB = RequestCommands.Counted(SearchApi.Node(database, "b"));
        var visitorB = RequestCommands.Visitor(nodeB);
        await CachedGet.SendAsync(nodeB, visitorB, FrenchOffer);
        Assert.True((await CachedGet.SendAsync(nodeB, visitorB, FrenchOffer)).FromCache);

        var edited = await DraftAsync(nodeA, "Expert.e en océanographie");
        await nodeA.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(edited, publish: true, author: "node-a"));

        var after = await SearchApi.WaitUntilAsync(
            async () => (await CachedGet.SendAsync(nodeB, visitorB, FrenchOffer)).Body.Contains("océanographie", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.True(after < TimeSpan.FromSeconds(5), $"node B showed the change after {after.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Staff_cookies_and_authorization_never_use_the_cache()
    {
        using var site = Site();
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        var visitor = RequestCommands.Visitor(site);

        // Signed-in staff first: neither served from the cache nor stored in it.
        Assert.True((await CachedGet.SendAsync(site, editor, FrenchOffer)).Work > 0);
        Assert.True((await CachedGet.SendAsync(site, editor, FrenchOffer)).Work > 0);
        Assert.True((await CachedGet.SendAsync(site, visitor, FrenchOffer)).Work > 0, "the staff request was stored");
        Assert.True((await CachedGet.SendAsync(site, visitor, FrenchOffer)).FromCache);

        // Now cached for visitors; a cookie or an Authorization header still gets a page rendered for it.
        var withCookie = await CachedGet.SendAsync(site, visitor, FrenchOffer, configure: r => r.Headers.Add("Cookie", ".ThammJobs.Staff=anything"));
        var withAuthorization = await CachedGet.SendAsync(site, visitor, FrenchOffer, configure: r => r.Headers.Add("Authorization", "Bearer anything"));
        Assert.True(withCookie.Work > 0, "a request with a cookie was answered from the cache");
        Assert.True(withAuthorization.Work > 0, "a request with Authorization was answered from the cache");
    }

    [Fact]
    public async Task The_apply_form_is_never_cached_each_response_has_its_own_antiforgery_token()
    {
        using var site = RequestCommands.Counted(new SiteFactory(kind: kind).With("ThammJobs:ImportDemoRecipe", "true"));
        var visitor = RequestCommands.Visitor(site);
        const string form = "/fr/offres/demo-mobilite-agriculture/postuler";

        var first = await CachedGet.SendAsync(site, visitor, form);
        var second = await CachedGet.SendAsync(site, visitor, form);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.True(second.Work > 0, "the apply form was answered from the cache");
        Assert.NotEqual(Token(first.Body), Token(second.Body));
    }

    [Fact]
    public async Task French_Arabic_compressed_and_uncompressed_variants_are_kept_apart()
    {
        using var site = Site();
        var visitor = RequestCommands.Visitor(site);
        var variants = new (string Url, string? Encoding, string Lang)[]
        {
            (FrenchOffer, "br", "fr"), (FrenchOffer, "gzip", "fr"), (FrenchOffer, null, "fr"),
            (ArabicOffer, "br", "ar"), (ArabicOffer, "gzip", "ar"), (ArabicOffer, null, "ar"),
        };

        foreach (var (url, encoding, lang) in variants)
        {
            var first = await CachedGet.SendAsync(site, visitor, url, encoding);
            Assert.True(first.Work > 0, $"{url} {encoding ?? "identity"}: answered from another variant");
            Assert.Equal(encoding, first.Encoding);
            Assert.Contains($"<html lang=\"{lang}\"", first.Body, StringComparison.Ordinal);
        }

        foreach (var (url, encoding, lang) in variants)
        {
            var again = await CachedGet.SendAsync(site, visitor, url, encoding);
            Assert.True(again.FromCache, $"{url} {encoding ?? "identity"}: not answered from the cache");
            Assert.Equal(encoding, again.Encoding);
            Assert.Contains($"<html lang=\"{lang}\"", again.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_cached_offer_page_says_closed_once_the_clock_passes_its_deadline()
    {
        // The seeded offer closes at the end of 19 March 2026 23:59 UTC.
        using var site = Site(now: new DateTimeOffset(2026, 3, 19, 23, 0, 0, TimeSpan.Zero));
        var visitor = RequestCommands.Visitor(site);
        Assert.Contains("badge-open", (await CachedGet.SendAsync(site, visitor, FrenchOffer)).Body, StringComparison.Ordinal);
        Assert.True((await CachedGet.SendAsync(site, visitor, FrenchOffer)).FromCache);

        site.Clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59));
        var lastSecond = await CachedGet.SendAsync(site, visitor, FrenchOffer);
        Assert.True(lastSecond.FromCache, "the page was rendered again before its deadline");

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        var closed = await CachedGet.SendAsync(site, visitor, FrenchOffer);
        Assert.True(closed.Work > 0);
        Assert.Contains("notice-closed", closed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("badge-open", closed.Body, StringComparison.Ordinal);
    }

    private static string Token(string html) =>
        Html.Parse(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("no antiforgery token on the form");

    private static async Task<ContentDraft> DraftAsync(SiteFactory site, string title)
    {
        var json = await site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>("offer-expert-migration-nationale", "fr"))!.Version.Data);
        var data = JsonNode.Parse(json)!.AsObject();
        data["title"] = title;
        return new ContentDraft(OfferId, ContentTypes.JobOffer, "fr", "offer-expert-migration-nationale", Slug, ContentJson.Deserialize<JobOffer>(data.ToJsonString()));
    }
}

public sealed class PublicPageCacheTestsOnSqlite() : PublicPageCacheTests(DatabaseKind.Sqlite);

public sealed class PublicPageCacheTestsOnPostgreSql() : PublicPageCacheTests(DatabaseKind.PostgreSql);
