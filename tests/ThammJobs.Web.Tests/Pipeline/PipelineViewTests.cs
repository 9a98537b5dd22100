using System.IO.Compression;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>The recruiter's list, board and candidate file over generated applications, as a recruiter uses them.</summary>
public sealed class PipelineViewTests
{
    private const string OfferSet = "offer-expert-migration-nationale";
    private const string List = "/fr/admin/candidatures/offre/" + OfferSet;

    private static async Task<(SiteFactory Site, HttpClient Recruiter)> SiteAsync(int applications = 30)
    {
        var site = new SiteFactory();
        await GeneratorTests.GenerateAsync(site, applications, seed: 5);
        var recruiter = await Staff.CreateAsync(site, StandardRoles.Recruiter);
        await PipelineSite.AssignAsync(site, recruiter.Id, OfferSet);
        var (client, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");
        return (site, client);
    }

    private static Task<List<Application>> ApplicationsAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().AsNoTracking().ToListAsync());

    // The token of the form being posted: the bulk form, the move form of a file, or the first form of the page.
    private static string Token(IDocument page) =>
        (page.QuerySelector("form#bulk input[name=__RequestVerificationToken], form.move-form input[name=__RequestVerificationToken], form.reason-form input[name=__RequestVerificationToken]")
            ?? throw new InvalidOperationException("no form with an antiforgery token")).GetAttribute("value")!;

    private static List<string> Rows(IDocument page) =>
        page.QuerySelectorAll("table.data tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDocument page, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", Token(page)))));

    [Fact]
    public async Task The_list_filters_by_completeness_language_country_stage_and_text_and_counts_each_stage()
    {
        var (site, client) = await SiteAsync();
        using var _ = site;
        var all = await ApplicationsAsync(site);

        var (_, incomplete) = await Html.GetAsync(client, List + "?dossier=incomplet");
        Assert.Equal(all.Where(a => !a.DocumentsComplete).Select(a => a.Number).Order(), Rows(incomplete).Order());

        var (_, fluent) = await Html.GetAsync(client, List + "?fr=C1&pays=MA");
        var expected = all.Where(a => a.FrenchLevel >= LanguageLevel.C1 && a.CountryOfResidence == "MA").Select(a => a.Number).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Rows(fluent).Order());

        var (_, complete) = await Html.GetAsync(client, List + "?etape=Complete&tri=nom");
        var completeRows = all.Where(a => a.Stage == ApplicationStage.Complete).OrderBy(a => a.FamilyName, StringComparer.Ordinal).ThenBy(a => a.GivenName, StringComparer.Ordinal).ThenBy(a => a.Number, StringComparer.Ordinal).Select(a => a.Number).ToList();
        Assert.Equal(completeRows, Rows(complete));
        Assert.Contains($"Complète ({completeRows.Count})", Html.VisibleText(complete));

        // Experience: generated around the offer's 8 years; "at least 8" keeps those, most experienced first, and an
        // application from before the form asked (no figure) is neither kept by a minimum nor ranked above others.
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().Where(a => a.Id == all[0].Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ExperienceYears, (int?)null)));
        all = await ApplicationsAsync(site);
        var (_, seasoned) = await Html.GetAsync(client, List + "?exp=8&tri=experience");
        var seasonedRows = all.Where(a => a.ExperienceYears >= 8).OrderByDescending(a => a.ExperienceYears).ThenBy(a => a.Number, StringComparer.Ordinal).Select(a => a.Number).ToList();
        Assert.NotEmpty(seasonedRows);
        Assert.True(seasonedRows.Count < all.Count);
        Assert.Equal(seasonedRows, Rows(seasoned));
        var (_, byExperience) = await Html.GetAsync(client, List + "?tri=experience");
        Assert.Equal(all[0].Number, Rows(byExperience)[^1]);
        Assert.Equal("—", byExperience.QuerySelectorAll("table.data tbody tr td.experience")[^1].TextContent.Trim());

        var one = all[7];
        var (_, search) = await Html.GetAsync(client, List + "?q=" + Uri.EscapeDataString(one.Number.ToLowerInvariant()));
        Assert.Equal([one.Number], Rows(search));

        // Nonsense in the query string is ignored, never a 500.
        var (odd, _) = await Html.GetAsync(client, List + "?etape=Nope&fr=Z9&page=-4&tri=%3Cscript%3E&pays=MAROC");
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
    }

    [Fact]
    public async Task Checked_rows_move_together_and_rejecting_them_needs_a_reason()
    {
        var (site, client) = await SiteAsync();
        using var _ = site;
        var (_, page) = await Html.GetAsync(client, List + "?etape=Complete");
        var boxes = page.QuerySelectorAll("input[name='Bulk.Ids']").Select(b => b.GetAttribute("value")!).Take(3).ToList();
        Assert.Equal(3, boxes.Count);
        var moved = boxes.Select(b => Guid.Parse(b.Split('.')[0])).ToList();

        var response = await PostAsync(client, List + "?etape=Complete&handler=Move", page, [.. boxes.Select(b => ("Bulk.Ids", b)), ("Bulk.To", "Screening")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(List + "?etape=Complete", response.Headers.Location!.OriginalString);
        var after = await ApplicationsAsync(site);
        Assert.All(moved, id => Assert.Equal(ApplicationStage.Screening, after.Single(a => a.Id == id).Stage));
        Assert.Contains("3 déplacée(s), 0 déjà faite(s), 0 refusée(s)", await client.GetStringAsync(response.Headers.Location.OriginalString));

        // The same post again (a resent form) changes nothing more.
        var again = await PostAsync(client, List + "?etape=Complete&handler=Move", page, [.. boxes.Select(b => ("Bulk.Ids", b)), ("Bulk.To", "Screening")]);
        Assert.Contains("0 déplacée(s), 3 déjà faite(s), 0 refusée(s)", await client.GetStringAsync(again.Headers.Location!.OriginalString));

        // Rejecting without a reason: the page comes back with the message, the rows still checked, the note kept.
        var (_, screening) = await Html.GetAsync(client, List + "?etape=Screening");
        var keys = screening.QuerySelectorAll("input[name='Bulk.Ids']").Select(b => b.GetAttribute("value")!).Where(v => moved.Contains(Guid.Parse(v.Split('.')[0]))).ToList();
        var refused = await PostAsync(client, List + "?etape=Screening&handler=Reject", screening, [.. keys.Select(k => ("Bulk.Ids", k)), ("Bulk.Note", "Profil éloigné du poste")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Choisissez un motif", Html.VisibleText(shown));
        Assert.Equal(keys.Order(), shown.QuerySelectorAll("input[name='Bulk.Ids'][checked]").Select(b => b.GetAttribute("value")!).Order());
        Assert.Equal("Profil éloigné du poste", shown.QuerySelector("textarea[name='Bulk.Note']")!.TextContent);
        Assert.All(moved, id => Assert.Equal(ApplicationStage.Screening, after.Single(a => a.Id == id).Stage));

        var reason = shown.QuerySelectorAll("select[name='Bulk.ReasonId'] option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 })!;
        var rejected = await PostAsync(client, List + "?etape=Screening&handler=Reject", shown, [.. keys.Select(k => ("Bulk.Ids", k)), ("Bulk.ReasonId", reason), ("Bulk.Note", "Profil éloigné du poste")]);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var history = await PipelineSite.HistoryAsync(site, moved[0]);
        Assert.Equal((ApplicationStage.NotSelected, int.Parse(reason), "Profil éloigné du poste"), (history[^1].To, history[^1].ReasonId!.Value, history[^1].Note!));
    }

    [Fact]
    public async Task Checked_rows_are_given_to_a_reviewer_and_their_documents_download_as_one_zip()
    {
        var (site, client) = await SiteAsync(8);
        using var _ = site;
        var reviewer = await Staff.CreateAsync(site, StandardRoles.Reviewer);
        await PipelineSite.AssignAsync(site, reviewer.Id, OfferSet);
        var (_, page) = await Html.GetAsync(client, List);
        var boxes = page.QuerySelectorAll("input[name='Bulk.Ids']").Select(b => b.GetAttribute("value")!).Take(2).ToList();

        var assigned = await PostAsync(client, List + "?handler=AssignReviewer", page, [.. boxes.Select(b => ("Bulk.Ids", b)), ("Bulk.ReviewerId", reviewer.Id)]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var (reviewerClient, _) = await Staff.SignInAsync(site, "reviewer@thammjobs.test");
        var (_, mine) = await Html.GetAsync(reviewerClient, List + "?relecteur=moi");
        Assert.Equal(2, Rows(mine).Count);

        var zip = await PostAsync(client, List + "?handler=Download", page, [.. boxes.Select(b => ("Bulk.Ids", b))]);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("attachment", zip.Content.Headers.ContentDisposition!.DispositionType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        var numbers = (await ApplicationsAsync(site)).Where(a => boxes.Any(b => b.StartsWith(a.Id.ToString("N"), StringComparison.Ordinal))).Select(a => a.Number).ToList();
        Assert.Equal(numbers.Order(), archive.Entries.Where(e => e.FullName != "README.txt").Select(e => e.FullName.Split(' ')[0]).Distinct().Order());
        Assert.NotNull(archive.GetEntry("README.txt"));
        Assert.DoesNotContain(archive.Entries, e => e.FullName.Contains("..", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_board_has_a_column_per_stage_and_the_candidate_file_offers_only_the_allowed_moves_and_the_history()
    {
        var (site, client) = await SiteAsync();
        using var _ = site;
        var all = await ApplicationsAsync(site);

        var (response, board) = await Html.GetAsync(client, List + "/tableau");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9, board.QuerySelectorAll("section.board-column").Length);
        // Side by side: every column is a child of the board, none nested in another (an empty column once was).
        Assert.Equal(9, board.QuerySelectorAll(".board > section.board-column").Length);
        var completeColumn = board.QuerySelector("section[aria-labelledby=col-Complete]")!;
        Assert.Equal(Math.Min(30, all.Count(a => a.Stage == ApplicationStage.Complete)), completeColumn.QuerySelectorAll("li.card").Length);

        // A card's one-step move posts to the list's handler and comes back to the board.
        var card = completeColumn.QuerySelector("li.card form")!;
        var moved = await client.PostAsync(card.GetAttribute("action"), new FormUrlEncodedContent(card.QuerySelectorAll("input, select").Select(i =>
            KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? i.QuerySelector("option")!.GetAttribute("value")!))));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.EndsWith("/tableau", moved.Headers.Location!.OriginalString);

        var application = all.First(a => a.Stage == ApplicationStage.Screening || a.Stage == ApplicationStage.Incomplete);
        var (_, file) = await Html.GetAsync(client, $"/fr/admin/candidatures/{application.Id:N}");
        var offered = file.QuerySelectorAll("input[name='Move.To']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(StageTransitions.From(application.Stage, [Mover.Recruiter]).Select(t => t.To.ToString()), offered);
        Assert.Equal((await PipelineSite.HistoryAsync(site, application.Id)).Count, file.QuerySelectorAll("table.history tbody tr").Length);
        Assert.Contains("le site (vérification automatique)", Html.VisibleText(file));

        // A move from a stale page is refused with the current state shown, and what was typed kept.
        var stale = await PostAsync(client, $"/fr/admin/candidatures/{application.Id:N}?handler=Move", file,
            ("Move.To", offered[0]!), ("Move.Version", (application.StageVersion - 1).ToString()), ("Move.Note", "à revoir"));
        var stalePage = Html.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("a changé entre-temps", Html.VisibleText(stalePage));
        Assert.Equal("à revoir", stalePage.QuerySelector("textarea[name='Move.Note']")!.TextContent);

        var (arResponse, arFile) = await Html.GetAsync(client, $"/ar/admin/candidatures/{application.Id:N}");
        Assert.Equal(HttpStatusCode.OK, arResponse.StatusCode);
        Assert.Equal("rtl", arFile.DocumentElement.GetAttribute("dir"));
        Assert.Contains("السجل", Html.VisibleText(arFile));
    }

    [Fact]
    public async Task An_administrator_edits_the_reason_list_and_a_bad_entry_keeps_what_was_typed()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");
        var (_, page) = await Html.GetAsync(admin, "/fr/admin/candidatures/motifs");
        Assert.Equal(RejectionReasonSeederDefaults, page.QuerySelectorAll("input[name='Input.LabelFr']").Length - 1);

        var refused = await PostAsync(admin, "/fr/admin/candidatures/motifs?handler=Add", page, ("Input.LabelFr", "Poste pourvu en interne"), ("Input.LabelAr", " "));
        var shown = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Les deux libellés sont obligatoires", Html.VisibleText(shown));
        Assert.Contains(shown.QuerySelectorAll("input[name='Input.LabelFr']"), i => i.GetAttribute("value") == "Poste pourvu en interne");

        var added = await PostAsync(admin, "/fr/admin/candidatures/motifs?handler=Add", page, ("Input.LabelFr", "Poste pourvu en interne"), ("Input.LabelAr", "تم شغل المنصب داخليا"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, ar) = await Html.GetAsync(admin, "/ar/admin/candidatures/motifs");
        Assert.Contains(ar.QuerySelectorAll("input[name='Input.LabelAr']"), i => i.GetAttribute("value") == "تم شغل المنصب داخليا");
    }

    [Fact]
    public async Task The_Arabic_pages_are_right_to_left_and_carry_no_French_interface_text()
    {
        var (site, client) = await SiteAsync(6);
        using var _ = site;
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test", culture: "ar");
        var id = (await ApplicationsAsync(site))[0].Id;
        // The candidate's own file names are data, not interface text ("Lettre de motivation Naciri.pdf" is what they sent).
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ApplicationDocument>().Where(d => d.ApplicationId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.OriginalName, "scan-2026.pdf")));
        var fragments = UiStrings.FrenchOnlyFragments();
        foreach (var (who, url) in new[]
        {
            (client, "/ar/admin/candidatures/offre/" + OfferSet),
            (client, "/ar/admin/candidatures/offre/" + OfferSet + "/tableau"),
            (client, $"/ar/admin/candidatures/{id:N}"),
            (admin, "/ar/admin/candidatures/motifs"),
        })
        {
            var (response, page) = await Html.GetAsync(who, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
            var text = Html.VisibleText(page);
            Assert.Equal("", string.Join(" | ", fragments.Where(f => text.Contains(f, StringComparison.Ordinal))));
        }
    }

    private static readonly int RejectionReasonSeederDefaults = 7;
}
