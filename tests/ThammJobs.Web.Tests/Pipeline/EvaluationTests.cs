using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Evaluation;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>
/// Scorecards: a reviewer sees the others' scores only after submitting their own (in the service, on the file and in
/// the list's column, filter and sort), averages and spread, who may evaluate what and when.
/// </summary>
public abstract class EvaluationTests(DatabaseKind kind)
{
    private SiteFactory NewSite() => new(kind: kind);

    private static Task<T> WithAsync<T>(SiteFactory site, Func<EvaluationService, Task<T>> action) =>
        site.WithScopeAsync(sp => action(sp.GetRequiredService<EvaluationService>()));

    private static Dictionary<Criterion, int?> Scores(int? education, int? experience, int? languages, int? technical, int? personal) => new()
    {
        [Criterion.Education] = education,
        [Criterion.Experience] = experience,
        [Criterion.Languages] = languages,
        [Criterion.TechnicalSkills] = technical,
        [Criterion.PersonalQualities] = personal,
    };

    private static Task GiveAsync(SiteFactory site, Guid application, string reviewer) =>
        site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            db.Add(new ApplicationReviewer { ApplicationId = application, UserId = reviewer, AssignedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

    private static Task<Application> AsApplicationAsync(SiteFactory site, Guid id) => PipelineSite.LoadAsync(site, id);

    [Fact]
    public async Task A_reviewer_sees_only_their_own_form_until_they_submit_then_everyone_s_scores()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "reviewer-1");
        await PipelineSite.AssignAsync(site, "reviewer-2");
        var id = (await PipelineSite.InsertAsync(site, [Screening]))[0];
        await GiveAsync(site, id, "reviewer-1");
        await GiveAsync(site, id, "reviewer-2");

        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter(), id, Scores(5, 4, null, 4, 5), "Très bon dossier", default)));
        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer("reviewer-2"), id, Scores(2, 2, 2, 2, 2), null, default)));

        var application = await AsApplicationAsync(site, id);
        var before = await WithAsync(site, s => s.ViewAsync(PipelineSite.Reviewer(), application, default));
        Assert.True(before.CanEvaluate);
        Assert.False(before.SeesOthers);
        Assert.Null(before.Own);
        Assert.Empty(before.Visible);
        Assert.Null(before.Summary);

        // Recruiters (Applications.Manage) see everything without scoring.
        var recruiterView = await WithAsync(site, s => s.ViewAsync(PipelineSite.Recruiter("recruiter-1"), application, default));
        Assert.Equal(2, recruiterView.Visible.Count);

        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), id, Scores(3, null, null, null, null), "Bien", default)));
        var after = await WithAsync(site, s => s.ViewAsync(PipelineSite.Reviewer(), application, default));
        Assert.True(after.SeesOthers);
        Assert.Equal(3, after.Visible.Count);
        Assert.Equal(3, after.Summary!.Evaluations);
        Assert.Equal(3.0, after.Own!.Average);
    }

    [Fact]
    public async Task Averages_and_spread_are_computed_per_criterion_and_overall_ignoring_criteria_not_assessed()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "recruiter-2");
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];
        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter("recruiter-1"), id, Scores(5, 4, null, 3, 4), null, default)));
        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter("recruiter-2"), id, Scores(3, 2, 4, null, 2), null, default)));
        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Administrator(), id, Scores(4, null, null, null, null), null, default)));

        var application = await PipelineSite.LoadAsync(site, id);
        var summary = (await WithAsync(site, s => s.ViewAsync(PipelineSite.Administrator(), application, default))).Summary!;
        Assert.Equal(3, summary.Evaluations);
        var education = summary.ByCriterion[Criterion.Education];
        Assert.Equal((3, 4.0, 3.0, 5.0), (education.Count, education.Mean!.Value, education.Min!.Value, education.Max!.Value));
        Assert.Equal(Math.Sqrt(2.0 / 3), education.StandardDeviation!.Value, 6);
        Assert.Equal((1, 4.0, 0.0), (summary.ByCriterion[Criterion.Languages].Count, summary.ByCriterion[Criterion.Languages].Mean!.Value, summary.ByCriterion[Criterion.Languages].StandardDeviation!.Value));
        Assert.Equal(1, summary.ByCriterion[Criterion.TechnicalSkills].Count);
        // Cards' own averages: 4.0, 2.75, 4.0 → overall 3.5833…, from 2.75 to 4.
        Assert.Equal(43.0 / 12, summary.Overall.Mean!.Value, 6);
        Assert.Equal((2.75, 4.0), (summary.Overall.Min!.Value, summary.Overall.Max!.Value));
    }

    [Fact]
    public async Task Only_assigned_reviewers_evaluate_only_open_applications_with_scores_from_one_to_five()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "reviewer-1");
        var ids = await PipelineSite.InsertAsync(site, [Screening, NotSelected]);

        // Assigned to the offer but not given this application.
        Assert.Equal(EvaluationResult.Forbidden, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), ids[0], Scores(3, 3, 3, 3, 3), null, default)));
        // Not assigned to the offer at all, even with the application given.
        await GiveAsync(site, ids[0], "reviewer-9");
        Assert.Equal(EvaluationResult.Forbidden, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer("reviewer-9"), ids[0], Scores(3, 3, 3, 3, 3), null, default)));

        await GiveAsync(site, ids[0], "reviewer-1");
        Assert.Equal(EvaluationResult.Invalid, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), ids[0], Scores(null, null, null, null, null), "rien", default)));
        Assert.Equal(EvaluationResult.Invalid, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), ids[0], Scores(6, 3, 3, 3, 3), null, default)));
        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), ids[0], Scores(1, 3, 3, 3, 3), null, default)));
        // Edited by its author: still one card.
        Assert.Equal(EvaluationResult.Saved, await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), ids[0], Scores(2, 3, 3, 3, 3), "revu", default)));
        var cards = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ApplicationEvaluation>().AsNoTracking().ToListAsync());
        var card = Assert.Single(cards);
        Assert.Equal((2, 2.8, "revu"), (card.Education!.Value, Math.Round(card.Average!.Value, 6), card.Comment!));

        // A decided application is frozen.
        Assert.Equal(EvaluationResult.Closed, await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter(), ids[1], Scores(3, 3, 3, 3, 3), null, default)));
    }

    [Fact]
    public async Task The_list_filters_and_sorts_by_average_and_a_reviewer_only_ranks_what_they_scored()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "reviewer-1");
        var ids = await PipelineSite.InsertAsync(site, [Screening, Screening, Screening, Screening]);
        await GiveAsync(site, ids[1], "reviewer-1");
        // ids[0]: 2.0; ids[1]: 4.0 (recruiter) and 3.0 (reviewer) → 3.5; ids[2]: 5.0; ids[3]: none.
        await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter(), ids[0], Scores(2, 2, 2, 2, 2), null, default));
        await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter(), ids[1], Scores(4, 4, 4, 4, 4), null, default));
        await WithAsync(site, s => s.SaveAsync(PipelineSite.Reviewer(), ids[1], Scores(3, 3, 3, 3, 3), null, default));
        await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter(), ids[2], Scores(5, 5, 5, 5, 5), null, default));

        async Task<List<Guid>> ListAsync(string? viewer, bool seesAll, double? min) =>
            await site.WithScopeAsync(async sp =>
            {
                var list = sp.GetRequiredService<ApplicationListQuery>();
                var scores = sp.GetRequiredService<ApplicationScoreQuery>();
                var filter = new ApplicationFilter { MinScore = min, Sort = "note" };
                var query = scores.WithMinScore(list.Filtered(PipelineSite.OfferSet, filter, viewer), filter, viewer, seesAll);
                return await scores.SortedByScore(query, viewer, seesAll).Select(a => a.Id).ToListAsync();
            });

        Assert.Equal([ids[2], ids[1], ids[0], ids[3]], await ListAsync("recruiter-1", true, null));
        Assert.Equal([ids[2], ids[1]], await ListAsync("recruiter-1", true, 3.5));
        // The reviewer scored only ids[1]: it alone has a visible average; the others are unranked (by number).
        Assert.Equal([ids[1], ids[0], ids[2], ids[3]], await ListAsync("reviewer-1", false, null));
        Assert.Equal([ids[1]], await ListAsync("reviewer-1", false, 2));

        var averages = await WithAsync(site, s => s.AveragesAsync(ids, "reviewer-1", false, default));
        Assert.Equal([ids[1]], averages.Keys);
        Assert.Equal((3.5, 2), averages[ids[1]]);
    }

    [Fact]
    public async Task Over_http_a_reviewer_s_file_and_list_show_no_other_score_until_their_own_is_sent()
    {
        using var site = NewSite();
        var reviewer = await Staff.CreateAsync(site, StandardRoles.Reviewer);
        await PipelineSite.AssignAsync(site, reviewer.Id);
        var id = (await PipelineSite.InsertAsync(site, [Screening]))[0];
        await GiveAsync(site, id, reviewer.Id);
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await WithAsync(site, s => s.SaveAsync(PipelineSite.Recruiter(), id, Scores(5, 5, 5, 5, 4), "COMMENTAIRE-DU-RECRUTEUR", default));
        var (client, _) = await Staff.SignInAsync(site, "reviewer@thammjobs.test");
        var file = $"/fr/admin/candidatures/{id:N}";
        var list = $"/fr/admin/candidatures/offre/{PipelineSite.OfferSet}";

        var (_, page) = await Html.GetAsync(client, file);
        Assert.DoesNotContain("COMMENTAIRE-DU-RECRUTEUR", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#evaluation-summary"));
        Assert.NotNull(page.QuerySelector("#evaluation-hidden"));
        var (_, listPage) = await Html.GetAsync(client, list + "?note=4");
        Assert.Empty(listPage.QuerySelectorAll("table.data tbody tr"));   // filtering by score reveals nothing either
        (_, listPage) = await Html.GetAsync(client, list);
        Assert.Equal("—", listPage.QuerySelector("table.data tbody tr td.score")!.TextContent.Trim());
        // The board follows the same rule: the score filter applies there too, and cards show no score yet.
        var (_, board) = await Html.GetAsync(client, list + "/tableau?note=4");
        Assert.Empty(board.QuerySelectorAll("li.card"));
        Assert.NotNull(board.QuerySelector(".board-filtered"));
        (_, board) = await Html.GetAsync(client, list + "/tableau");
        Assert.Single(board.QuerySelectorAll("li.card"));
        Assert.Null(board.QuerySelector(".card-score"));

        var token = page.QuerySelector("form.scorecard input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(file + "?handler=Evaluate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Score.Education"] = "3",
            ["Score.PersonalQualities"] = "",
            ["Score.Comment"] = "Mon avis",
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);

        (_, page) = await Html.GetAsync(client, file);
        Assert.Contains("COMMENTAIRE-DU-RECRUTEUR", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3,9", page.QuerySelector("#evaluation-summary td.overall")!.TextContent.Trim());   // (4.8 + 3) / 2
        (_, listPage) = await Html.GetAsync(client, list);
        Assert.StartsWith("3,9", listPage.QuerySelector("table.data tbody tr td.score")!.TextContent.Trim(), StringComparison.Ordinal);
        (_, board) = await Html.GetAsync(client, list + "/tableau?note=3.5");
        Assert.Contains("3,9 (2)", Assert.Single(board.QuerySelectorAll("li.card")).QuerySelector(".card-score")!.TextContent, StringComparison.Ordinal);
        (_, board) = await Html.GetAsync(client, list + "/tableau?note=4");
        Assert.Empty(board.QuerySelectorAll("li.card"));
    }
}

public sealed class EvaluationTestsOnSqlite() : EvaluationTests(DatabaseKind.Sqlite);

public sealed class EvaluationTestsOnPostgreSql() : EvaluationTests(DatabaseKind.PostgreSql);
