using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Core.Data;
using ThammJobs.Testing;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>
/// The transition service against the table: every pair of stages for each kind of person, reasons and notes,
/// assignment, repeated posts, and the history row living and dying with the stage change.
/// </summary>
public abstract class TransitionTests(DatabaseKind kind)
{
    private SiteFactory NewSite() => new(kind: kind);

    private static Task<T> WithServiceAsync<T>(SiteFactory site, Func<TransitionService, Task<T>> action) =>
        site.WithScopeAsync(sp => action(sp.GetRequiredService<TransitionService>()));

    [Fact]
    public async Task Every_pair_of_stages_is_allowed_exactly_when_the_table_says_so_for_each_kind_of_person()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "reviewer-1");
        var reason = await PipelineSite.FirstReasonAsync(site);
        var stages = Enum.GetValues<ApplicationStage>();
        var pairs = stages.SelectMany(from => stages.Select(to => (From: from, To: to))).ToList();
        var people = new (string Name, System.Security.Claims.ClaimsPrincipal? User, Mover[] Movers)[]
        {
            ("recruiter", PipelineSite.Recruiter(), [Mover.Recruiter]),
            ("administrator", PipelineSite.Administrator(), [Mover.Recruiter, Mover.Lead]),
            ("reviewer", PipelineSite.Reviewer(), []),
            ("candidate", null, [Mover.Candidate]),
        };

        var failures = new List<string>();
        foreach (var (name, user, movers) in people)
        {
            var ids = await PipelineSite.InsertAsync(site, pairs.Select(p => p.From).ToList());
            for (var i = 0; i < pairs.Count; i++)
            {
                var (from, to) = pairs[i];
                var allowed = StageTransitions.All.Any(t => t.From == from && t.To == to && movers.Contains(t.Who));
                var result = await WithServiceAsync(site, s => user is null
                    ? s.MoveAsCandidateAsync(ids[i], to, CancellationToken.None)
                    : s.MoveAsync(user, new TransitionRequest(ids[i], to, 1, reason, "note de test"), CancellationToken.None));
                var after = await PipelineSite.LoadAsync(site, ids[i]);
                var history = await PipelineSite.HistoryAsync(site, ids[i]);
                var moved = result == TransitionResult.Done;
                if (user is null && from == to)
                {
                    // The candidate repeating a move already made: nothing to do, nothing written.
                    allowed = false;
                    moved = result is not (TransitionResult.AlreadyDone or TransitionResult.NotAllowed);
                }

                if (moved != allowed)
                {
                    failures.Add($"{name}: {from} → {to} expected {(allowed ? "allowed" : "refused")}, got {result}");
                }
                else if (allowed && (after.Stage != to || history.Count != 1 || history[0].From != from || history[0].To != to || after.StageVersion != 2))
                {
                    failures.Add($"{name}: {from} → {to} done but stage {after.Stage}, {history.Count} history row(s)");
                }
                else if (!allowed && (after.Stage != from || history.Count != 0 || after.StageVersion != 1))
                {
                    failures.Add($"{name}: {from} → {to} refused but stage {after.Stage}, {history.Count} history row(s)");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Not_selecting_needs_an_active_reason_from_the_list_and_the_history_keeps_it()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var reason = await PipelineSite.FirstReasonAsync(site);
        var retired = await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var r = new RejectionReason { LabelFr = "Ancien motif", LabelAr = "سبب قديم", Active = false };
            db.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var id = (await PipelineSite.InsertAsync(site, [Screening]))[0];
        var recruiter = PipelineSite.Recruiter();

        Assert.Equal(TransitionResult.ReasonRequired, await WithServiceAsync(site, s => s.MoveAsync(recruiter, new(id, NotSelected, 1), default)));
        Assert.Equal(TransitionResult.ReasonRequired, await WithServiceAsync(site, s => s.MoveAsync(recruiter, new(id, NotSelected, 1, retired), default)));
        Assert.Equal(TransitionResult.ReasonRequired, await WithServiceAsync(site, s => s.MoveAsync(recruiter, new(id, NotSelected, 1, 987654), default)));
        Assert.Equal(Screening, (await PipelineSite.LoadAsync(site, id)).Stage);

        Assert.Equal(TransitionResult.Done, await WithServiceAsync(site, s => s.MoveAsync(recruiter, new(id, NotSelected, 1, reason, "  profil junior  "), default)));
        var step = Assert.Single(await PipelineSite.HistoryAsync(site, id));
        Assert.Equal((Screening, NotSelected, reason, "profil junior", TransitionActor.Staff, "recruiter-1"), (step.From!.Value, step.To, step.ReasonId!.Value, step.Note!, step.Actor, step.ActorId!));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, step.AtUtc);
    }

    [Fact]
    public async Task Overriding_completeness_or_reversing_a_decision_needs_a_note()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var ids = await PipelineSite.InsertAsync(site, [Incomplete, Selected]);

        Assert.Equal(TransitionResult.NoteRequired, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter(), new(ids[0], Complete, 1, Note: "   "), default)));
        Assert.Equal(TransitionResult.Done, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter(), new(ids[0], Complete, 1, Note: "Diplôme reçu par courriel"), default)));

        // Reversing a final decision is a lead's: refused to the recruiter, allowed to an administrator with a note.
        Assert.Equal(TransitionResult.Forbidden, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter(), new(ids[1], Shortlisted, 1, Note: "erreur"), default)));
        Assert.Equal(TransitionResult.NoteRequired, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Administrator(), new(ids[1], Shortlisted, 1), default)));
        Assert.Equal(TransitionResult.Done, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Administrator(), new(ids[1], Shortlisted, 1, Note: "erreur de saisie"), default)));
    }

    [Fact]
    public async Task A_recruiter_of_another_offer_is_refused_and_nothing_is_written()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1", "another-offer");
        var id = (await PipelineSite.InsertAsync(site, [Complete]))[0];

        var result = await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter(), new(id, Screening, 1), default));

        Assert.Equal(TransitionResult.Forbidden, result);
        Assert.Equal(Complete, (await PipelineSite.LoadAsync(site, id)).Stage);
        Assert.Empty(await PipelineSite.HistoryAsync(site, id));
    }

    [Fact]
    public async Task A_repeated_post_is_done_once_and_a_move_from_a_stale_page_is_refused()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "recruiter-2");
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];

        Assert.Equal(TransitionResult.Done, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter(), new(id, Interview, 1), default)));
        Assert.Equal(TransitionResult.AlreadyDone, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter(), new(id, Interview, 1), default)));
        var afterRepeat = await PipelineSite.LoadAsync(site, id);
        Assert.Equal((Interview, 1, 2), (afterRepeat.Stage, afterRepeat.InterviewRound, afterRepeat.StageVersion));

        // A colleague who saw the shortlist (version 1) and now asks for something else is told it changed.
        Assert.Equal(TransitionResult.Changed, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter("recruiter-2"), new(id, Screening, 1), default)));

        // The next interview round, from the current version, is a real move.
        Assert.Equal(TransitionResult.Done, await WithServiceAsync(site, s => s.MoveAsync(PipelineSite.Recruiter("recruiter-2"), new(id, Interview, 2), default)));
        Assert.Equal(2, (await PipelineSite.LoadAsync(site, id)).InterviewRound);
        Assert.Equal([1, 2], (await PipelineSite.HistoryAsync(site, id)).Select(t => t.InterviewRound));
    }

    [Fact]
    public async Task The_history_row_is_rolled_back_with_the_transaction_it_was_written_in()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var id = (await PipelineSite.InsertAsync(site, [Complete]))[0];

        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await sp.GetRequiredService<TransitionService>().MoveAsync(PipelineSite.Recruiter(), new(id, Screening, 1), default);
            Assert.Equal(TransitionResult.Done, result);
            Assert.Equal(1, await db.Set<ApplicationTransition>().CountAsync(t => t.ApplicationId == id)); // visible inside
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(Complete, (await PipelineSite.LoadAsync(site, id)).Stage);
        Assert.Empty(await PipelineSite.HistoryAsync(site, id));
    }

    [Fact]
    public async Task When_the_stage_update_loses_a_race_the_history_row_is_not_kept_either()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var id = (await PipelineSite.InsertAsync(site, [Complete]))[0];

        var result = await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();

            // Loaded by this request, then changed by another before this one saves: the concurrency token fails
            // the UPDATE, and the history INSERT of the same SaveChanges must go with it.
            var tracked = await db.Set<Application>().SingleAsync(a => a.Id == id);
            await using (var scope = site.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>().Set<Application>().Where(a => a.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.StageVersion, 5));
            }

            return await sp.GetRequiredService<TransitionService>().MoveAsync(PipelineSite.Recruiter(), new(id, Screening, 1), default);
        });

        Assert.Equal(TransitionResult.Changed, result);
        Assert.Equal(Complete, (await PipelineSite.LoadAsync(site, id)).Stage);
        Assert.Empty(await PipelineSite.HistoryAsync(site, id));
    }
}

public sealed class TransitionTestsOnSqlite() : TransitionTests(DatabaseKind.Sqlite);

public sealed class TransitionTestsOnPostgreSql() : TransitionTests(DatabaseKind.PostgreSql);
