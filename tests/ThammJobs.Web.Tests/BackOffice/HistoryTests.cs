using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Audit.Models;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Public;
using ThammJobs.Web.Tests.Recipes;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>The version history of a content item: who and when, differences, restore.</summary>
public abstract class HistoryTests(DatabaseKind kind)
{
    private const string Item = "page-about-fr";
    private const string Url = "/fr/admin/contenus/page-about-fr/historique";
    private const string Editor = "editor@thammjobs.test";

    // Version 1 is the seeded page (author "recipe"); the editor then stores 2 and 3.
    private static async Task<(SiteFactory Site, HttpClient Editor)> SiteWithTwoEditsAsync(DatabaseKind kind)
    {
        // July: Morocco is on UTC+1 (outside Ramadan), so a time shown unconverted would be seen.
        var site = new SiteFactory(kind: kind, now: new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (client, _) = await Staff.SignInAsync(site, Editor);
        await SaveAsync(site, "À propos", "Premier paragraphe.\n\nDeuxième paragraphe, inchangé.\n\nTroisième paragraphe.");
        site.Clock.Advance(TimeSpan.FromHours(2));
        await SaveAsync(site, "À propos du site", "Premier paragraphe modifié.\n\nDeuxième paragraphe, inchangé.\n\nUn paragraphe ajouté.");
        return (site, client);
    }

    private static Task SaveAsync(SiteFactory site, string title, string body) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(
            new ContentDraft(Item, ContentTypes.Page, "fr", "page-about", "a-propos", new Page { Title = title, Summary = "Résumé", Body = body }),
            publish: false, author: Editor));

    [Fact]
    public async Task The_history_lists_every_version_with_its_author_time_and_state()
    {
        var (site, editor) = await SiteWithTwoEditsAsync(kind);
        using var owned = site;

        var (response, page) = await Html.GetAsync(editor, Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.versions tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["3", "2", "1"], rows.Select(r => r[0]));
        // Staff authors by their display name; the recipe's author as the recipe wrote it.
        Assert.Equal(["Editor Test", "Editor Test", "recipe"], rows.Select(r => r[1]));
        // 1 July 2026 10:00 UTC and 12:00 UTC, shown in Moroccan time with the offset.
        Assert.Equal("1 juil. 2026 13:00 (UTC+1)", rows[0][2]);
        Assert.Equal("1 juil. 2026 11:00 (UTC+1)", rows[1][2]);
        Assert.Contains("Dernière version", rows[0][3], StringComparison.Ordinal);
        Assert.DoesNotContain("Publié", rows[0][3], StringComparison.Ordinal);
        Assert.Contains("Publié", rows[2][3], StringComparison.Ordinal);

        // The content list links to it.
        var (_, list) = await Html.GetAsync(editor, "/fr/admin/contenus");
        Assert.NotNull(list.QuerySelector($"a[href='{Url}']"));
    }

    [Fact]
    public async Task The_difference_names_the_changed_fields_and_marks_the_changed_Markdown_lines_and_words()
    {
        var (site, editor) = await SiteWithTwoEditsAsync(kind);
        using var owned = site;

        var (_, page) = await Html.GetAsync(editor, Url);   // by default: the latest against the one before

        var changes = page.QuerySelectorAll(".change").ToList();
        Assert.Equal(["Titre", "Texte"], changes.Select(c => c.QuerySelector("h3")!.TextContent.Trim()));
        var title = changes[0];
        Assert.Equal("À propos", title.QuerySelector("del")!.TextContent);
        Assert.Equal("À propos du site", title.QuerySelector("ins")!.TextContent);

        var body = changes[1].QuerySelector("ol.text-diff")!;
        var removed = body.QuerySelectorAll("li.removed").Select(Text).ToList();
        var added = body.QuerySelectorAll("li.added").Select(Text).ToList();
        Assert.Equal(["Premier paragraphe.", "Troisième paragraphe."], removed);
        Assert.Equal(["Premier paragraphe modifié.", "Un paragraphe ajouté."], added);
        // Inside the modified line, only the new word is marked.
        Assert.Equal(["modifié"], body.QuerySelectorAll("li.added")[0].QuerySelectorAll("ins").Select(i => i.TextContent.Trim()));
        Assert.Contains(body.QuerySelectorAll("li:not(.removed):not(.added)"), li => li.TextContent == "Deuxième paragraphe, inchangé.");

        // Any two versions: 1 (the seeded page) against 3.
        (_, page) = await Html.GetAsync(editor, Url + "?de=1&a=3");
        Assert.Contains("de la version 1 à la version 3", page.QuerySelector("#changes-title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".change h3"), h => h.TextContent.Trim() == "Résumé");
    }

    [Theory]
    [InlineData("?de=abc", "La version de départ doit être")]
    [InlineData("?a=99", "La version d'arrivée doit être")]
    [InlineData("?de=-1&a=2", "La version de départ doit être")]
    public async Task Malformed_or_unknown_version_numbers_get_a_message_not_an_error(string query, string message)
    {
        var (site, editor) = await SiteWithTwoEditsAsync(kind);
        using var owned = site;

        var (response, page) = await Html.GetAsync(editor, Url + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_is_a_404_page_that_says_so_in_the_visitors_language()
    {
        using var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, Editor);

        var (fr, frPage) = await Html.GetAsync(editor, "/fr/admin/contenus/no-such-item/historique");
        var (ar, arPage) = await Html.GetAsync(editor, "/ar/admin/contenus/no-such-item/historique");

        Assert.Equal(HttpStatusCode.NotFound, fr.StatusCode);
        Assert.Contains("Aucun contenu n'a l'identifiant « no-such-item »", frPage.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, ar.StatusCode);
        Assert.Equal("rtl", arPage.DocumentElement.GetAttribute("dir"));
        Assert.Contains("لا يوجد أي محتوى بالمعرف", arPage.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_adds_a_new_draft_with_the_old_content_and_leaves_history_and_the_online_version_alone()
    {
        var (site, editor) = await SiteWithTwoEditsAsync(kind);
        using var owned = site;
        var before = (await SiteContent.VersionsAsync(site)).Where(v => v.ContentItemId == Item).ToList();
        var (_, page) = await Html.GetAsync(editor, Url);

        var response = await PostRestoreAsync(editor, page, "1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url + "?fait=restauration", response.Headers.Location!.OriginalString);
        var after = (await SiteContent.VersionsAsync(site)).Where(v => v.ContentItemId == Item).ToList();
        Assert.Equal(before.Select(v => (v.Id, v.Number, v.Data, v.Author)), after.Take(3).Select(v => (v.Id, v.Number, v.Data, v.Author)));
        var restored = after[3];
        Assert.Equal((4, true, false, Editor, "a-propos"), (restored.Number, restored.Latest, restored.Published, restored.Author, restored.Slug));
        Assert.Equal(before[0].Data, restored.Data);
        Assert.Equal([1], after.Where(v => v.Published).Select(v => v.Number));   // publishing stays a separate decision

        var audit = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == Item && e.Action == "restored").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(Editor, entry.Actor);
        Assert.Contains("\"field\":\"@restoredFrom\",\"before\":null,\"after\":\"1\"", entry.Details, StringComparison.Ordinal);

        // Restoring what the latest version already holds changes nothing.
        (_, page) = await Html.GetAsync(editor, Url);
        response = await PostRestoreAsync(editor, page, "1");
        Assert.Equal(Url + "?fait=identique", response.Headers.Location!.OriginalString);
        Assert.Equal(4, (await SiteContent.VersionsAsync(site)).Count(v => v.ContentItemId == Item));
    }

    [Theory]
    [InlineData("x1", "n'est pas un nombre entier")]
    [InlineData("42", "pas de version avec ce numéro")]
    public async Task Restoring_a_malformed_or_unknown_version_says_so_and_changes_nothing(string version, string message)
    {
        var (site, editor) = await SiteWithTwoEditsAsync(kind);
        using var owned = site;
        var (_, page) = await Html.GetAsync(editor, Url);

        var response = await PostRestoreAsync(editor, page, version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, answer.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (await SiteContent.VersionsAsync(site)).Count(v => v.ContentItemId == Item));
    }

    [Fact]
    public async Task The_Arabic_history_is_right_to_left_with_the_content_in_its_own_direction()
    {
        using var site = new SiteFactory(kind: kind);
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, Editor);
        await site.WithScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveAsync(
            new ContentDraft("page-about-ar", ContentTypes.Page, "ar", "page-about", "a-propos", new Page { Title = "حول الموقع", Body = "فقرة أولى.\n\nفقرة ثانية جديدة." }),
            publish: false, author: Editor));

        var (response, page) = await Html.GetAsync(editor, "/ar/admin/contenus/page-about-ar/historique");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("سجل النسخ", page.QuerySelector("h1")!.FirstChild!.TextContent.Trim(' ', '—'));
        var diff = page.QuerySelector("ol.text-diff")!;
        Assert.Equal(("ar", "rtl"), (diff.GetAttribute("lang"), diff.GetAttribute("dir")));
        Assert.Contains(diff.QuerySelectorAll("li.added"), li => li.TextContent.Contains("فقرة ثانية جديدة", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".change h3"), h => h.TextContent.Trim() == "العنوان");
    }

    private static string Text(IElement line) =>
        string.Concat(line.ChildNodes.Where(n => n is not IElement e || !e.ClassList.Contains("visually-hidden")).Select(n => n.TextContent));

    private static async Task<HttpResponseMessage> PostRestoreAsync(HttpClient client, IDocument page, string version)
    {
        var form = page.QuerySelectorAll("form").First(f => f.GetAttribute("action")!.Contains("handler=Restore", StringComparison.Ordinal));
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["version"] = version,
        }));
    }
}

public sealed class HistoryTestsOnSqlite() : HistoryTests(DatabaseKind.Sqlite);

public sealed class HistoryTestsOnPostgreSql() : HistoryTests(DatabaseKind.PostgreSql);
