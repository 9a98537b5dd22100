using System.Text;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Interviews;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>
/// Interview rounds: times in an IANA zone (Morocco, Paris across its changes of offset), the invitation e-mail in
/// the candidate's language with an .ics read back with Ical.Net, updates and cancellation with the same UID, the
/// bulk invitation of 20 shortlisted candidates, results per round, and who may schedule.
/// </summary>
public abstract class InterviewTests(DatabaseKind kind)
{
    private SiteFactory NewSite() => new(kind: kind);

    private static Task<T> WithSchedulerAsync<T>(SiteFactory site, Func<InterviewScheduler, Task<T>> action) =>
        site.WithScopeAsync(sp => action(sp.GetRequiredService<InterviewScheduler>()));

    private static InterviewInput Form(string date, string time, string zone = "Africa/Casablanca", string? place = "Ambassade, Rabat", string? video = null, params string[] panel) =>
        new() { Date = date, Time = time, TimeZone = zone, DurationMinutes = 45, Place = place, VideoUrl = video, Panel = [.. panel], Note = "Munissez-vous d'une pièce d'identité." };

    private static async Task<InterviewPlan> PlanAsync(SiteFactory site, InterviewInput input)
    {
        var errors = new List<string>();
        var plan = await WithSchedulerAsync(site, s => s.PlanAsync(input, errors));
        Assert.True(plan is not null, string.Join(", ", errors));
        return plan!;
    }

    private static Task<List<string>> ErrorsAsync(SiteFactory site, InterviewInput input) =>
        WithSchedulerAsync(site, async s =>
        {
            var errors = new List<string>();
            Assert.Null(await s.PlanAsync(input, errors));
            return errors;
        });

    private static Task<List<ScheduledInterview>> InterviewsAsync(SiteFactory site, Guid id) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ScheduledInterview>().AsNoTracking().Include(i => i.Panel)
            .Where(i => i.ApplicationId == id).OrderBy(i => i.Round).ThenBy(i => i.CreatedUtc).ToListAsync());

    private static Task<List<OutboxMessage>> MailsAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Category != null && m.Category.StartsWith("interview-")).OrderBy(m => m.CreatedUtc).ToListAsync());

    private static Calendar Ics(OutboxMessage message)
    {
        var attachment = Assert.Single(JsonSerializer.Deserialize<List<MessageAttachment>>(message.AttachmentsJson!)!);
        Assert.Equal(("invitation.ics", "text/calendar"), (attachment.FileName, attachment.ContentType));
        return Calendar.Load(Encoding.UTF8.GetString(attachment.Content))!;
    }

    [Fact]
    public async Task An_interview_in_Morocco_is_stored_as_the_right_instant_and_the_invitation_carries_an_ics_that_reads_back()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var panelist = await Staff.CreateAsync(site, StandardRoles.Reviewer, "jury@thammjobs.test");
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];

        // The time zone database (tzdb 2026f, in NodaTime) has Morocco on UTC+0 since 20 September 2026: 10:00Z.
        var plan = await PlanAsync(site, Form("2026-12-15", "10:00", panel: panelist.Id));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.ScheduleAsync(PipelineSite.Recruiter(), id, 1, plan, plan.Start, default)));

        var application = await PipelineSite.LoadAsync(site, id);
        Assert.Equal((Interview, 1, 2), (application.Stage, application.InterviewRound, application.StageVersion));
        var interview = Assert.Single(await InterviewsAsync(site, id));
        Assert.Equal(new DateTime(2026, 12, 15, 10, 0, 0, DateTimeKind.Utc), interview.StartUtc);
        Assert.Equal(("Africa/Casablanca", 1, 0), (interview.TimeZone, interview.Round, interview.Sequence));
        Assert.Equal("Reviewer Test", Assert.Single(interview.Panel).Name);

        var mails = await MailsAsync(site);
        Assert.Equal(2, mails.Count);   // the candidate's and the panel member's
        var mail = Assert.Single(mails, m => m.Category == "interview-invitation");
        Assert.Equal(("candidat1@example.ma", "fr", "interview-invitation"), (mail.To, mail.Culture, mail.Category));
        Assert.Contains("Invitation à un entretien", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("mardi 15 décembre 2026 10:00 (Africa/Casablanca, UTC+0)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ambassade, Rabat", mail.TextBody, StringComparison.Ordinal);

        var calendar = Ics(mail);
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(interview.Uid, e.Uid);
        Assert.Equal(0, e.Sequence);
        Assert.Equal(new DateTime(2026, 12, 15, 10, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 15, 10, 45, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Equal("Entretien n° 1 — Offre d'essai", e.Summary);
        Assert.Equal("Ambassade, Rabat", e.Location);   // the comma is escaped in the file and read back
        Assert.Contains("pièce d'identité", e.Description, StringComparison.Ordinal);
        Assert.Equal("mailto:candidat1@example.ma", Assert.Single(e.Attendees).Value!.ToString());
    }

    [Fact]
    public async Task Local_times_follow_each_zone_and_nonexistent_or_repeated_times_are_refused()
    {
        using var site = NewSite();

        // Morocco: UTC+1 until 20 September 2026, UTC+0 since (tzdb 2026f); Paris changes offset on 28 March 2027.
        Assert.Equal(Instant(2027, 2, 22, 10, 0), (await PlanAsync(site, Form("2027-02-22", "10:00"))).Start);
        Assert.Equal(Instant(2027, 7, 1, 10, 0), (await PlanAsync(site, Form("2027-07-01", "10:00"))).Start);
        Assert.Equal(Instant(2027, 3, 27, 9, 0), (await PlanAsync(site, Form("2027-03-27", "10:00", "Europe/Paris"))).Start);
        Assert.Equal(Instant(2027, 3, 28, 8, 0), (await PlanAsync(site, Form("2027-03-28", "10:00", "Europe/Paris"))).Start);
        Assert.Equal(["Interview.Error.Skipped"], await ErrorsAsync(site, Form("2027-03-28", "02:30", "Europe/Paris")));
        Assert.Equal(["Interview.Error.Ambiguous"], await ErrorsAsync(site, Form("2027-10-31", "02:30", "Europe/Paris")));

        // The injected clock says 26 November 2026, 10:00Z: 09:30 in Casablanca (UTC+0) is already past, 10:30 is not.
        Assert.Equal(["Interview.Error.Past"], await ErrorsAsync(site, Form("2026-11-26", "09:30")));
        Assert.Equal(Instant(2026, 11, 26, 10, 30), (await PlanAsync(site, Form("2026-11-26", "10:30"))).Start);
        Assert.Equal(["Interview.Error.Zone"], await ErrorsAsync(site, Form("2026-12-15", "10:00", "Mars/Olympus")));
        Assert.Equal(["Interview.Error.DateTime"], await ErrorsAsync(site, Form("15/12/2026", "10:00")));
        Assert.Equal(["Interview.Error.VideoUrl"], await ErrorsAsync(site, Form("2026-12-15", "10:00", place: null, video: "javascript:alert(1)")));
        Assert.Equal(["Interview.Error.PlaceOrLink"], await ErrorsAsync(site, Form("2026-12-15", "10:00", place: " ", video: null)));
        Assert.Equal(["Interview.Error.Panel"], await ErrorsAsync(site, Form("2026-12-15", "10:00", panel: "no-such-user")));
        Assert.NotNull((await PlanAsync(site, Form("2026-12-15", "10:00", place: null, video: "https://meet.example.org/thamm-42"))).VideoUrl);
    }

    private static NodaTime.Instant Instant(int y, int mo, int d, int h, int mi) => NodaTime.Instant.FromUtc(y, mo, d, h, mi);

    [Fact]
    public async Task An_Arabic_candidate_gets_an_Arabic_invitation_and_rescheduling_and_cancelling_keep_the_UID_with_a_higher_sequence()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().Where(a => a.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Culture, "ar")));
        var recruiter = PipelineSite.Recruiter();

        var plan = await PlanAsync(site, Form("2026-12-15", "10:00", place: null, video: "https://meet.example.org/thamm-42"));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.ScheduleAsync(recruiter, id, 1, plan, plan.Start, default)));
        var interview = Assert.Single(await InterviewsAsync(site, id));

        // A minute between the steps, so the mails' creation times give their order (ids within one instant do not).
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var moved = await PlanAsync(site, Form("2026-12-16", "15:30", "Europe/Paris", place: null, video: "https://meet.example.org/thamm-42"));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.RescheduleAsync(recruiter, interview.Id, moved, default)));
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.CancelAsync(recruiter, interview.Id, default)));
        Assert.Equal(InterviewResultCode.AlreadyDone, await WithSchedulerAsync(site, s => s.CancelAsync(recruiter, interview.Id, default)));

        var mails = await MailsAsync(site);
        Assert.Equal(["interview-invitation", "interview-update", "interview-cancellation"], mails.Select(m => m.Category));
        Assert.All(mails, m => Assert.Equal("ar", m.Culture));
        Assert.Contains("دعوة إلى مقابلة", mails[0].Subject, StringComparison.Ordinal);
        Assert.Contains("https://meet.example.org/thamm-42", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris", mails[1].TextBody, StringComparison.Ordinal);

        var calendars = mails.Select(Ics).ToList();
        Assert.Equal(["REQUEST", "REQUEST", "CANCEL"], calendars.Select(c => c.Method));
        Assert.All(calendars, c => Assert.Equal(interview.Uid, Assert.Single(c.Events).Uid));
        Assert.Equal([0, 1, 2], calendars.Select(c => c.Events.Single().Sequence));
        Assert.Equal(new DateTime(2026, 12, 16, 14, 30, 0, DateTimeKind.Utc), calendars[1].Events.Single().DtStart!.AsUtc);
        Assert.Equal("CANCELLED", calendars[2].Events.Single().Status);
        Assert.StartsWith("المقابلة رقم 1", calendars[0].Events.Single().Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Panel_members_get_the_event_in_their_own_language_and_changes_to_the_panel_send_invitation_update_or_cancellation()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var stays = await Staff.CreateAsync(site, StandardRoles.Reviewer, "jury-fr@thammjobs.test");
        var leaves = await Staff.CreateAsync(site, StandardRoles.Recruiter, "jury-ar@thammjobs.test");
        var joins = await Staff.CreateAsync(site, StandardRoles.Reviewer, "jury-new@thammjobs.test");
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<StaffUser>().Where(u => u.Id == leaves.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, "ar")));
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];
        var recruiter = PipelineSite.Recruiter();

        var plan = await PlanAsync(site, Form("2026-12-15", "10:00", panel: [stays.Id, leaves.Id]));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.ScheduleAsync(recruiter, id, 1, plan, plan.Start, default)));
        var interview = Assert.Single(await InterviewsAsync(site, id));
        var first = (await MailsAsync(site)).Where(m => m.Category!.StartsWith("interview-panel-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["jury-ar@thammjobs.test", "jury-fr@thammjobs.test"], first.Select(m => m.To).Order());
        var french = first.Single(m => m.To == stays.Email);
        var arabic = first.Single(m => m.To == leaves.Email);
        Assert.Equal(("fr", "interview-panel-invitation"), (french.Culture, french.Category));
        Assert.StartsWith("Jury d'entretien : Nom1 Famille (TEST-2026-000001)", french.Subject, StringComparison.Ordinal);
        Assert.Contains("Vous faites partie du jury de l'entretien n° 1 de Nom1 Famille", french.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/fr/admin/candidatures/{id:N}", french.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("candidat1@example.ma", french.TextBody, StringComparison.Ordinal);   // a link to the file, not the candidate's data
        Assert.Equal("ar", arabic.Culture);
        Assert.StartsWith("لجنة المقابلة", arabic.Subject, StringComparison.Ordinal);
        Assert.Contains($"/ar/admin/candidatures/{id:N}", arabic.TextBody, StringComparison.Ordinal);
        var invitation = Assert.Single(Ics(french).Events);
        Assert.Equal((interview.Uid, 0, "REQUEST"), (invitation.Uid, invitation.Sequence, Ics(french).Method));
        Assert.Equal("mailto:" + stays.Email, Assert.Single(invitation.Attendees).Value!.ToString());

        // One member leaves, one joins: update, cancellation and invitation, all for the same event.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var moved = await PlanAsync(site, Form("2026-12-16", "11:00", panel: [stays.Id, joins.Id]));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.RescheduleAsync(recruiter, interview.Id, moved, default)));
        var second = (await MailsAsync(site)).Where(m => m.Category!.StartsWith("interview-panel-", StringComparison.Ordinal)).Skip(2).ToList();
        Assert.Equal("interview-panel-update", second.Single(m => m.To == stays.Email).Category);
        Assert.Equal("interview-panel-invitation", second.Single(m => m.To == joins.Email).Category);
        var removed = second.Single(m => m.To == leaves.Email);
        Assert.Equal("interview-panel-cancellation", removed.Category);
        Assert.Equal(("CANCEL", "CANCELLED", 1), (Ics(removed).Method, Ics(removed).Events.Single().Status, Ics(removed).Events.Single().Sequence));
        Assert.Equal("REQUEST", Ics(second.Single(m => m.To == joins.Email)).Method);
        Assert.Equal(InterviewStatus.Scheduled, Assert.Single(await InterviewsAsync(site, id)).Status);   // only their copy says cancelled

        // The interview is cancelled: the panel as it now stands is told.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.CancelAsync(recruiter, interview.Id, default)));
        var third = (await MailsAsync(site)).Where(m => m.Category == "interview-panel-cancellation").Select(m => m.To).ToList();
        Assert.Equal([leaves.Email!, stays.Email!, joins.Email!], third.Order(StringComparer.Ordinal).ToList());   // the earlier one to the member who left, then the current panel
    }

    [Fact]
    public async Task Twenty_shortlisted_candidates_are_invited_in_one_action_one_after_another_and_a_resent_form_changes_nothing()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var ids = await PipelineSite.InsertAsync(site, Enumerable.Repeat(Shortlisted, 20).Append(Screening).ToList());
        var keys = ids.Select(id => (id, 1)).ToList();
        var input = Form("2026-12-15", "09:00");
        input.SpacingMinutes = 30;
        var plan = await PlanAsync(site, input);

        var outcome = await WithSchedulerAsync(site, s => s.ScheduleManyAsync(PipelineSite.Recruiter(), PipelineSite.OfferSet, keys, plan, default));
        Assert.Equal((20, 0, 1), outcome);   // the one still in screening cannot go to an interview
        var again = await WithSchedulerAsync(site, s => s.ScheduleManyAsync(PipelineSite.Recruiter(), PipelineSite.OfferSet, keys, plan, default));
        Assert.Equal((0, 20, 1), again);

        var starts = new List<DateTime>();
        foreach (var id in ids.Take(20))
        {
            Assert.Equal(Interview, (await PipelineSite.LoadAsync(site, id)).Stage);
            starts.Add(Assert.Single(await InterviewsAsync(site, id)).StartUtc);
        }

        Assert.Equal(Enumerable.Range(0, 20).Select(i => new DateTime(2026, 12, 15, 9, 0, 0, DateTimeKind.Utc).AddMinutes(30 * i)), starts);
        Assert.Equal(Screening, (await PipelineSite.LoadAsync(site, ids[20])).Stage);
        var mails = await MailsAsync(site);
        Assert.Equal(20, mails.Count);
        Assert.All(mails, m => Assert.Single(Ics(m).Events));
    }

    [Fact]
    public async Task A_round_gets_its_result_before_the_next_round_and_a_reviewer_can_neither_schedule_nor_record()
    {
        using var site = NewSite();
        await PipelineSite.AssignAsync(site, "recruiter-1");
        await PipelineSite.AssignAsync(site, "reviewer-1");
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];
        var recruiter = PipelineSite.Recruiter();
        var plan = await PlanAsync(site, Form("2026-12-15", "10:00"));

        Assert.Equal(InterviewResultCode.Forbidden, await WithSchedulerAsync(site, s => s.ScheduleAsync(PipelineSite.Reviewer(), id, 1, plan, plan.Start, default)));
        Assert.Empty(await InterviewsAsync(site, id));
        Assert.Equal(Shortlisted, (await PipelineSite.LoadAsync(site, id)).Stage);

        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.ScheduleAsync(recruiter, id, 1, plan, plan.Start, default)));
        var first = Assert.Single(await InterviewsAsync(site, id));

        // Round 1 awaits its result: no second round yet.
        Assert.Equal(InterviewResultCode.NotAllowed, await WithSchedulerAsync(site, s => s.ScheduleAsync(recruiter, id, 2, plan, plan.Start, default)));
        Assert.Equal(InterviewResultCode.Forbidden, await WithSchedulerAsync(site, s => s.RecordResultAsync(PipelineSite.Reviewer(), first.Id, InterviewOutcome.Passed, "x", default)));
        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.RecordResultAsync(recruiter, first.Id, InterviewOutcome.Passed, "  Très convaincante  ", default)));

        Assert.Equal(InterviewResultCode.Done, await WithSchedulerAsync(site, s => s.ScheduleAsync(recruiter, id, 2, plan, plan.Start, default)));
        var rounds = await InterviewsAsync(site, id);
        Assert.Equal([1, 2], rounds.Select(r => r.Round));
        Assert.Equal((InterviewOutcome.Passed, "Très convaincante"), (rounds[0].Result!.Value, rounds[0].ResultComment!));
        Assert.Null(rounds[1].Result);
        var application = await PipelineSite.LoadAsync(site, id);
        Assert.Equal((Interview, 2), (application.Stage, application.InterviewRound));
        var history = await PipelineSite.HistoryAsync(site, id);
        Assert.Equal([1, 2], history.Select(h => h.InterviewRound));
    }
}

public abstract class InterviewPageTests(DatabaseKind kind)
{
    [Fact]
    public async Task On_the_file_a_refused_time_comes_back_with_its_message_and_what_was_typed_and_a_reviewer_is_denied()
    {
        using var site = new SiteFactory(kind: kind);
        var recruiter = await Staff.CreateAsync(site, StandardRoles.Recruiter);
        var reviewer = await Staff.CreateAsync(site, StandardRoles.Reviewer);
        await PipelineSite.AssignAsync(site, recruiter.Id);
        await PipelineSite.AssignAsync(site, reviewer.Id);
        var id = (await PipelineSite.InsertAsync(site, [Shortlisted]))[0];
        var file = $"/fr/admin/candidatures/{id:N}";

        var (client, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");
        var (_, page) = await Public.Html.GetAsync(client, file);
        Assert.Equal("Africa/Casablanca", page.QuerySelector("#iv-zone-new option[selected]")!.GetAttribute("value"));
        var token = page.QuerySelector("form.interview-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string time) => new()
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = "1",
            ["Interview.Date"] = "2027-03-28",
            ["Interview.Time"] = time,
            ["Interview.TimeZone"] = "Europe/Paris",
            ["Interview.DurationMinutes"] = "40",
            ["Interview.Place"] = "Bureau de Rabat",
            ["Interview.Note"] = "Apportez vos diplômes",
        };

        var refused = await client.PostAsync(file + "?handler=Schedule", new FormUrlEncodedContent(Fields("02:30")));
        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        var again = Public.Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Cette heure n'existe pas ce jour-là dans ce fuseau", again.QuerySelector("#interviews .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("02:30", again.QuerySelector("#iv-time-new")!.GetAttribute("value"));
        Assert.Equal("Europe/Paris", again.QuerySelector("#iv-zone-new option[selected]")!.GetAttribute("value"));
        Assert.Equal("Apportez vos diplômes", again.QuerySelector("#iv-note-new")!.TextContent);
        Assert.Equal(ApplicationStage.Shortlisted, (await PipelineSite.LoadAsync(site, id)).Stage);

        var (reviewerClient, _) = await Staff.SignInAsync(site, "reviewer@thammjobs.test");
        var (_, reviewerPage) = await Public.Html.GetAsync(reviewerClient, file);
        Assert.Null(reviewerPage.QuerySelector("form.interview-form"));
        var (_, form) = await Public.Html.GetAsync(reviewerClient, "/fr/admin/connexion");
        var reviewerToken = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Fields("10:00");
        fields["__RequestVerificationToken"] = reviewerToken;
        var denied = await reviewerClient.PostAsync(file + "?handler=Schedule", new FormUrlEncodedContent(fields));
        Assert.StartsWith("/fr/admin/acces-refuse", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var done = await client.PostAsync(file + "?handler=Schedule", new FormUrlEncodedContent(Fields("10:00")));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, done.StatusCode);
        var interview = Assert.Single(await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ScheduledInterview>().AsNoTracking().ToListAsync()));
        Assert.Equal(new DateTime(2027, 3, 28, 8, 0, 0), interview.StartUtc);   // 10:00 in Paris after the change is UTC+2
    }
}

public sealed class InterviewPageTestsOnSqlite() : InterviewPageTests(DatabaseKind.Sqlite);

public sealed class InterviewPageTestsOnPostgreSql() : InterviewPageTests(DatabaseKind.PostgreSql);

public sealed class InterviewTestsOnSqlite() : InterviewTests(DatabaseKind.Sqlite);

public sealed class InterviewTestsOnPostgreSql() : InterviewTests(DatabaseKind.PostgreSql);
