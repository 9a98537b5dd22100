using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Audit.Models;
using ThammJobs.Content.Handlers;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>The audit trail of content changes, and the journal page that shows it.</summary>
public abstract class AuditTrailTests(DatabaseKind kind)
{
    private const string Item = "page-audit-fr";

    private static ContentDraft Draft(string title) =>
        new(Item, ContentTypes.Page, "fr", "page-audit", "journal-test", new Page { Title = title, Body = "Texte" });

    private static Task<T> WithContentAsync<T>(SiteFactory site, Func<ContentManager, Task<T>> action) =>
        site.WithScopeAsync(sp => action(sp.GetRequiredService<ContentManager>()));

    private static Task<List<AuditEntry>> EntriesAsync(SiteFactory site, string? subject = null) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => subject == null || e.SubjectId == subject).OrderBy(e => e.Id).ToListAsync());

    private static Dictionary<string, (string? Before, string? After)> Changes(AuditEntry entry) =>
        JsonDocument.Parse(entry.Details!).RootElement.EnumerateArray().ToDictionary(
            c => c.GetProperty("field").GetString()!,
            c => (c.GetProperty("before").GetString(), c.GetProperty("after").GetString()));

    [Fact]
    public async Task Create_edit_publish_unpublish_and_delete_each_leave_an_entry_with_before_and_after()
    {
        using var site = new SiteFactory(kind: kind);
        _ = site.CreateClient();

        await WithContentAsync(site, c => c.SaveAsync(Draft("Premier titre"), publish: false, author: "recipe"));
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        await WithContentAsync(site, c => c.SaveAsync(Draft("Second titre"), publish: false, author: "recipe"));
        await WithContentAsync(site, c => c.PublishLatestAsync(Item));
        await WithContentAsync(site, c => c.UnpublishAsync(Item));
        await WithContentAsync(site, c => c.DeleteAsync(Item));

        var entries = await EntriesAsync(site, Item);
        Assert.Equal(["created", "updated", "published", "unpublished", "deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("content", "Page", "fr", null), (e.Category, e.SubjectType, e.Culture, e.Actor)));
        Assert.Equal(SiteFactory.Today.UtcDateTime.AddMinutes(5), DateTime.SpecifyKind(entries[1].CreatedUtc, DateTimeKind.Utc));

        var created = Changes(entries[0]);
        Assert.Equal((null, "Premier titre"), created["title"]);
        Assert.Equal((null, "1"), created["@version"]);
        var updated = Changes(entries[1]);
        Assert.Equal(("Premier titre", "Second titre"), updated["title"]);
        Assert.Equal(("1", "2"), updated["@version"]);
        Assert.False(updated.ContainsKey("body"));   // unchanged fields are not listed
        Assert.Equal(("false", "true"), Changes(entries[2])["@published"]);
        Assert.Equal(("true", "false"), Changes(entries[3])["@published"]);
        Assert.Equal(("Second titre", null), Changes(entries[4])["title"]);
    }

    [Fact]
    public async Task An_entry_is_rolled_back_with_the_change_it_describes()
    {
        var failing = new FailingHandler();
        using var site = new SiteFactory(kind: kind).WithServices(s => s.AddScoped<IContentHandler>(_ => failing));
        _ = site.CreateClient();
        var before = (await EntriesAsync(site)).Count;
        failing.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => WithContentAsync(site, c => c.SaveAsync(Draft("Jamais enregistré"), publish: true, author: "test")));

        Assert.Equal(before, (await EntriesAsync(site)).Count);
        Assert.Empty(await EntriesAsync(site, Item));
    }

    [Fact]
    public async Task A_change_made_in_the_back_office_names_the_person_who_made_it()
    {
        using var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        var (_, list) = await Html.GetAsync(editor, "/fr/admin/contenus");
        var form = list.QuerySelectorAll("form").First(f => f.GetAttribute("action")!.Contains("handler=Unpublish", StringComparison.Ordinal)
            && f.QuerySelector("input[name=id]")!.GetAttribute("value") == "page-about-fr");

        var response = await editor.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["id"] = "page-about-fr",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = (await EntriesAsync(site, "page-about-fr")).Last();
        Assert.Equal(("unpublished", "editor@thammjobs.test"), (entry.Action, entry.Actor));
    }

    [Fact]
    public async Task The_journal_shows_the_newest_first_with_filters_and_pages()
    {
        using var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");
        await WithContentAsync(site, c => c.SaveAsync(Draft("Titre du journal"), publish: false, author: "test"));
        // 60 more lines, a minute apart, from another module: the trail is not content-only.
        await site.WithScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            for (var i = 1; i <= 60; i++)
            {
                site.Clock.Advance(TimeSpan.FromMinutes(1));
                audit.Record(new AuditRecord("applications", "viewed", "Application", $"app-{i}", Actor: "recruiter@thammjobs.test"));
            }

            return await sp.GetRequiredService<ThammJobsDbContext>().SaveChangesAsync();
        });

        var (response, page) = await Html.GetAsync(admin, "/fr/admin/journal");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".error-summary"));
        var subjects = page.QuerySelectorAll("table.journal tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()).ToList();
        Assert.Equal(50, subjects.Count);
        Assert.Equal("app-60", subjects[0]);   // newest first
        Assert.NotNull(page.QuerySelector("a[rel=next]"));

        (_, page) = await Html.GetAsync(admin, "/fr/admin/journal?page=2");
        Assert.Contains(page.QuerySelectorAll("table.journal tbody tr td:nth-child(4) bdi"), bdi => bdi.TextContent == Item);

        (_, page) = await Html.GetAsync(admin, "/fr/admin/journal?categorie=content&sujet=" + Item);
        var row = Assert.Single(page.QuerySelectorAll("table.journal tbody tr"));
        Assert.Contains("Contenus · création", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(row.QuerySelectorAll("ins"), ins => ins.TextContent == "Titre du journal");

        (_, page) = await Html.GetAsync(admin, "/fr/admin/journal?acteur=recruiter@thammjobs.test&du=2026-11-26&au=2026-11-26");
        Assert.Equal(50, page.QuerySelectorAll("table.journal tbody tr").Count);
        (_, page) = await Html.GetAsync(admin, "/fr/admin/journal?du=2026-11-27");
        Assert.NotNull(page.QuerySelector(".empty"));
    }

    [Theory]
    [InlineData("?du=26/11/2026", "La date de début doit s'écrire AAAA-MM-JJ")]
    [InlineData("?au=demain", "La date de fin doit s'écrire AAAA-MM-JJ")]
    [InlineData("?du=2026-11-27&au=2026-11-01", "La date de début est après la date de fin")]
    [InlineData("?page=0", "Le numéro de page doit être un nombre entier")]
    public async Task Malformed_filters_get_a_message_not_an_error(string query, string message)
    {
        using var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");

        var (response, page) = await Html.GetAsync(admin, "/fr/admin/journal" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Arabic_journal_is_right_to_left()
    {
        using var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");

        var (response, page) = await Html.GetAsync(admin, "/ar/admin/journal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("سجل التدقيق", page.QuerySelector("h1")!.TextContent.Trim());
        // The seeded recipe's items were created by the system.
        Assert.Contains(page.QuerySelectorAll("table.journal tbody td:nth-child(2)"), td => td.TextContent.Trim() == "النظام");
    }

    private sealed class FailingHandler : IContentHandler
    {
        public bool Armed { get; set; }

        public Task VersionSavedAsync(ContentItemVersion version, SaveOutcome outcome, CancellationToken cancellationToken) =>
            Armed ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
    }
}

public sealed class AuditTrailTestsOnSqlite() : AuditTrailTests(DatabaseKind.Sqlite);

public sealed class AuditTrailTestsOnPostgreSql() : AuditTrailTests(DatabaseKind.PostgreSql);
