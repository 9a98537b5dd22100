using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Notifications;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Audit.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Rules;
using ThammJobs.Core.Security;
using Outbox = ThammJobs.Web.Tests.Applications.Outbox;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>
/// The applications' automatic rules with an injected clock (response delay, retention), on two nodes at once;
/// the e-mail templates sent with the moves; the audit lines of views, downloads, moves, exports and erasures.
/// </summary>
public abstract class ApplicationRulesTests(DatabaseKind kind)
{
    /// <summary>The seeded THAMM+ offer: deadline 19 March 2026 23:59 Africa/Casablanca, response delay 21 days.</summary>
    private const string SeededOffer = "offer-expert-migration-nationale";

    // 9 April 2026 23:59 in Casablanca, back on UTC+1 after Ramadan, is 22:59 UTC; due at the end of that minute.
    private static readonly DateTimeOffset DelayEnds = new(2026, 4, 9, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task After_the_response_delay_unanswered_applications_are_not_selected_once_across_two_nodes_with_one_mail_each_in_its_language()
    {
        using var database = TestDatabase.Create(kind);
        using var nodeA = Node(database, DelayEnds.AddSeconds(-1));
        using var nodeB = Node(database, DelayEnds.AddSeconds(-1), "b");
        var stages = new[] { Received, Complete, Incomplete, Screening, Shortlisted, Interview, Selected, Withdrawn };
        var ids = await PipelineSite.InsertAsync(nodeA, stages, SeededOffer);
        await SetCultureAsync(nodeA, ids[1], "ar");

        // One second before the instant (22:59:59 UTC = 23:59:59 local): nothing is due yet.
        Assert.Equal(0, (await Task.WhenAll(Runner(nodeA).RunDueAsync(), Runner(nodeB).RunDueAsync())).Sum());
        Assert.Equal(Received, (await PipelineSite.LoadAsync(nodeA, ids[0])).Stage);

        nodeA.Clock.Advance(TimeSpan.FromSeconds(1));
        nodeB.Clock.Advance(TimeSpan.FromSeconds(1));
        var done = await Task.WhenAll(Task.Run(() => Runner(nodeA).RunDueAsync()), Task.Run(() => Runner(nodeB).RunDueAsync()));

        Assert.Equal(1, done.Sum());
        var runs = await SchedulingTests.RunsAsync(nodeA, "applications.response-delay");
        var run = Assert.Single(runs);
        Assert.Equal(SeededOffer + "@2026-04-09T23:00Z", run.Occurrence);
        Assert.Equal(RuleRunStatus.Done, run.Status);
        Assert.Contains("4 application(s)", run.Summary, StringComparison.Ordinal);

        var reasonId = await nodeA.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<RejectionReason>()
            .Where(r => r.LabelFr == DefaultTemplates.ResponseDelayReasonFr).Select(r => r.Id).SingleAsync());
        for (var i = 0; i < stages.Length; i++)
        {
            var application = await PipelineSite.LoadAsync(nodeA, ids[i]);
            var history = await PipelineSite.HistoryAsync(nodeA, ids[i]);
            var messages = await Outbox.MessagesToAsync(nodeA, application.Email);
            if (i < 4)
            {
                Assert.Equal(NotSelected, application.Stage);
                var step = Assert.Single(history);
                Assert.Equal(TransitionActor.System, step.Actor);
                Assert.Equal(reasonId, step.ReasonId);
                var (subject, body) = Assert.Single(messages);
                if (i == 1)
                {
                    Assert.StartsWith("ترشيحكم", subject, StringComparison.Ordinal);
                    Assert.Contains("يؤسفنا", body, StringComparison.Ordinal);
                }
                else
                {
                    Assert.StartsWith("Votre candidature " + application.Number, subject, StringComparison.Ordinal);
                    Assert.Contains("Bonjour " + application.GivenName, body, StringComparison.Ordinal);
                    Assert.Contains("/fr/candidature/", body, StringComparison.Ordinal);
                }
            }
            else
            {
                // Shortlisted, interviewed, decided or withdrawn: untouched, and nobody is written to.
                Assert.Equal(stages[i], application.Stage);
                Assert.Empty(history);
                Assert.Empty(messages);
            }
        }

        // Idempotent: later rounds find nothing more to do.
        nodeA.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Runner(nodeA).RunDueAsync());

        // The run is on the administrators' page, in both languages.
        var admin = await Staff.CreateAsync(nodeA, StandardRoles.Administrator);
        var (client, _) = await Staff.SignInAsync(nodeA, admin.Email!);
        var runsPage = await client.GetStringAsync("/fr/admin/regles");
        Assert.Contains("Délai de réponse écoulé", runsPage, StringComparison.Ordinal);
        Assert.Contains(SeededOffer + "@2026-04-09T23:00Z", runsPage, StringComparison.Ordinal);
        Assert.Contains("انقضاء أجل الرد", await client.GetStringAsync("/ar/admin/regles?regle=applications.response-delay"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_without_a_response_delay_is_left_alone_and_the_instant_follows_the_offers_zone()
    {
        var offer = new ThammJobs.Content.Models.JobOffer { Deadline = new() { Local = "2026-03-19T23:59", TimeZone = "Africa/Casablanca" }, ResponseDelayDays = 21 };
        Assert.Equal(DelayEnds.UtcDateTime, ThammJobs.Applications.Rules.ResponseDelayRule.DueUtc(offer));

        // Paris is on summer time (UTC+2) by then: the same local minute is two hours before UTC.
        offer.Deadline.TimeZone = "Europe/Paris";
        Assert.Equal(new DateTime(2026, 4, 9, 22, 0, 0), ThammJobs.Applications.Rules.ResponseDelayRule.DueUtc(offer));
        offer.ResponseDelayDays = null;
        Assert.Null(ThammJobs.Applications.Rules.ResponseDelayRule.DueUtc(offer));

        using var database = TestDatabase.Create(kind);
        using var site = Node(database, DelayEnds.AddDays(1));
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            foreach (var version in await db.Set<ThammJobs.Content.Models.ContentItemVersion>().Where(v => v.TranslationSet == SeededOffer).ToListAsync())
            {
                var content = ThammJobs.Content.Services.ContentJson.Deserialize<ThammJobs.Content.Models.JobOffer>(version.Data);
                Assert.Equal(21, content.ResponseDelayDays);
                content.ResponseDelayDays = null;
                version.Data = ThammJobs.Content.Services.ContentJson.Serialize(content);
            }

            return await db.SaveChangesAsync();
        });
        var ids = await PipelineSite.InsertAsync(site, [Received], SeededOffer);
        await Runner(site).RunDueAsync();
        Assert.Empty(await SchedulingTests.RunsAsync(site, "applications.response-delay"));
        Assert.Equal(Received, (await PipelineSite.LoadAsync(site, ids[0])).Stage);

        // The rule remembers each version's instant between rounds; publishing again (a new modification time, as the
        // content manager sets) with the delay restored is seen at the next round.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            foreach (var version in await db.Set<ThammJobs.Content.Models.ContentItemVersion>().Where(v => v.TranslationSet == SeededOffer).ToListAsync())
            {
                var content = ThammJobs.Content.Services.ContentJson.Deserialize<ThammJobs.Content.Models.JobOffer>(version.Data);
                content.ResponseDelayDays = 21;
                version.Data = ThammJobs.Content.Services.ContentJson.Serialize(content);
                version.ModifiedUtc = site.Clock.GetUtcNow().UtcDateTime;
            }

            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, await Runner(site).RunDueAsync());
        Assert.Equal(NotSelected, (await PipelineSite.LoadAsync(site, ids[0])).Stage);
    }

    [Fact]
    public async Task Retention_erases_data_and_files_after_the_period_but_keeps_talent_pool_candidates_and_an_anonymous_stub()
    {
        var now = new DateTimeOffset(2028, 6, 1, 8, 0, 0, TimeSpan.Zero);
        using var database = TestDatabase.Create(kind);
        using var nodeA = Node(database, now);
        using var nodeB = Node(database, now, "b");
        var ids = await PipelineSite.InsertAsync(nodeA, [NotSelected, NotSelected, Screening], SeededOffer);
        var store = nodeA.Services.GetRequiredService<DocumentStore>();
        var files = new List<string>();
        await nodeA.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                var application = await db.Set<Application>().SingleAsync(a => a.Id == id);
                // 1: older than 24 months; 2: as old, but in the talent pool; 3: changed 23 months ago.
                application.UpdatedUtc = i == 2 ? now.UtcDateTime.AddMonths(-23) : now.UtcDateTime.AddMonths(-24).AddDays(-1);
                application.TalentPool = i == 1;
                var stored = await store.SaveAsync(new MemoryStream("%PDF-1.4 cv"u8.ToArray()), CancellationToken.None);
                files.Add(stored.Name);
                db.Add(new ApplicationDocument
                {
                    Id = Guid.NewGuid(), ApplicationId = id, Kind = "cv", OriginalName = "cv.pdf", StoredName = stored.Name,
                    ContentType = "application/pdf", Length = stored.Length, Sha256 = stored.Sha256, ScanStatus = ScanStatus.Clean, UploadedUtc = now.UtcDateTime,
                });
            }

            return await db.SaveChangesAsync();
        });

        var done = await Task.WhenAll(Task.Run(() => Runner(nodeA).RunDueAsync()), Task.Run(() => Runner(nodeB).RunDueAsync()));

        Assert.Equal(1, done.Sum());
        var run = Assert.Single(await SchedulingTests.RunsAsync(nodeA, "applications.retention"));
        Assert.Equal(ids[0].ToString("N"), run.Occurrence);
        var erased = await PipelineSite.LoadAsync(nodeA, ids[0]);
        Assert.Equal(Erased, erased.Stage);
        Assert.NotNull(erased.ErasedUtc);
        Assert.Equal("", erased.Email);
        Assert.Equal("", erased.GivenName);
        Assert.Equal(SeededOffer, erased.OfferSet);
        Assert.StartsWith("TEST-2026-", erased.Number, StringComparison.Ordinal);
        Assert.False(store.Exists(files[0]));
        Assert.True(store.Exists(files[1]));
        Assert.True(store.Exists(files[2]));
        Assert.Equal("", (await PipelineSite.LoadAsync(nodeA, ids[0])).Phone);
        Assert.NotEqual("", (await PipelineSite.LoadAsync(nodeA, ids[1])).Email);
        Assert.NotEqual("", (await PipelineSite.LoadAsync(nodeA, ids[2])).Email);
        var audit = await AuditAsync(nodeA, erased.Number);
        Assert.Contains(audit, e => e.Action == "erased" && e.Actor == "system: applications.retention");

        // The talent pool keeps the data 48 months by default; after that it goes too.
        nodeA.Clock.Advance(TimeSpan.FromDays(365 * 2 + 1));
        Assert.True(await Runner(nodeA).RunDueAsync() >= 2);
        Assert.False(store.Exists(files[1]));
        Assert.Equal(Erased, (await PipelineSite.LoadAsync(nodeA, ids[1])).Stage);
    }

    [Fact]
    public void Placeholders_are_checked_and_rendered()
    {
        Assert.Empty(TemplatePlaceholders.Unknown("Bonjour {prenom} {nom}, {offre} {numero} {lien_statut} {motif}"));
        Assert.Equal(["prénom", ""], TemplatePlaceholders.Unknown("Bonjour {prénom} {} {prenom}"));
        Assert.True(TemplatePlaceholders.HasUnbalancedBraces("Bonjour {prenom"));
        Assert.False(TemplatePlaceholders.HasUnbalancedBraces("Bonjour {prenom}"));
        var values = new Dictionary<string, string?> { ["prenom"] = "Salma", ["motif"] = null };
        Assert.Equal("Bonjour Salma, motif : .", TemplatePlaceholders.Render("Bonjour {prenom}, motif : {motif}.", values));
    }

    [Fact]
    public async Task A_move_sends_the_enabled_template_in_the_candidates_language_and_a_disabled_one_sends_nothing()
    {
        using var site = new SiteFactory(kind: kind);
        await PipelineSite.AssignAsync(site, "recruiter-1");
        var ids = await PipelineSite.InsertAsync(site, [Screening, Screening]);
        await SetCultureAsync(site, ids[1], "ar");
        var first = await PipelineSite.LoadAsync(site, ids[0]);
        var second = await PipelineSite.LoadAsync(site, ids[1]);

        // "Shortlisted" is off by default: the move happens, no e-mail.
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, ids[0], Shortlisted));
        Assert.Empty(await Outbox.MessagesToAsync(site, first.Email));

        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<NotificationTemplate>()
            .Where(t => t.Stage == Shortlisted).ExecuteUpdateAsync(s => s.SetProperty(t => t.Enabled, true)));
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, ids[1], Shortlisted));
        var (subject, body) = Assert.Single(await Outbox.MessagesToAsync(site, second.Email));
        Assert.Equal($"الترشيح {second.Number}: الانتقاء الأولي", subject);
        Assert.Contains($"مرحبا {second.GivenName} {second.FamilyName}،", body, StringComparison.Ordinal);
        Assert.Contains("/ar/candidature/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{", body, StringComparison.Ordinal);

        // A refused move (stale version) sends nothing either.
        Assert.Equal(TransitionResult.Changed, await MoveAsync(site, ids[1], Screening, seenVersion: 1));
        Assert.Single(await Outbox.MessagesToAsync(site, second.Email));
    }

    [Fact]
    public async Task Views_downloads_moves_exports_and_erasures_are_in_the_audit_trail_with_who_and_when()
    {
        using var site = new SiteFactory(kind: kind);
        var admin = await Staff.CreateAsync(site, StandardRoles.Administrator);
        var ids = await PipelineSite.InsertAsync(site, [Screening]);
        var application = await PipelineSite.LoadAsync(site, ids[0]);
        var store = site.Services.GetRequiredService<DocumentStore>();
        var stored = await store.SaveAsync(new MemoryStream("%PDF-1.4 cv"u8.ToArray()), CancellationToken.None);
        var documentId = Guid.NewGuid();
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            db.Add(new ApplicationDocument
            {
                Id = documentId, ApplicationId = ids[0], Kind = "cv", OriginalName = "cv.pdf", StoredName = stored.Name,
                ContentType = "application/pdf", Length = stored.Length, Sha256 = stored.Sha256, ScanStatus = ScanStatus.Clean, UploadedUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var (client, _) = await Staff.SignInAsync(site, admin.Email!);
        var page = AdminApplicationUrls.Application("fr", ids[0]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page + "?handler=Document&document=" + documentId)).StatusCode);
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, ids[0], Shortlisted));

        // The candidate's export and erasure, through the status link.
        var token = site.Services.GetRequiredService<StatusLinks>().CreateToken(ids[0]);
        var candidate = Staff.Anonymous(site);
        var export = await candidate.GetAsync(StatusLinks.Path("fr", token) + "?handler=Download");
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.True(await site.WithScopeAsync(sp => sp.GetRequiredService<CandidateSelfService>().EraseAsync(ids[0], CancellationToken.None)));

        var entries = await AuditAsync(site, application.Number);
        Assert.All(entries, e => Assert.Equal("applications", e.Category));
        Assert.Contains(entries, e => e.Action == "viewed" && e.Actor == admin.UserName);
        Assert.Contains(entries, e => e.Action == "document-downloaded" && e.Actor == admin.UserName && e.Details!.Contains("cv.pdf", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "moved" && e.Details!.Contains("\"Screening\"", StringComparison.Ordinal) && e.Details.Contains("\"Shortlisted\"", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "exported" && e.Actor == ApplicationAudit.CandidateActor);
        Assert.Contains(entries, e => e.Action == "erased" && e.Actor == ApplicationAudit.CandidateActor);
        Assert.All(entries, e => Assert.Contains(PipelineSite.OfferSet, e.Details, StringComparison.Ordinal));

        // Administrators read them in the journal, filtered by the application's number.
        var journal = await client.GetStringAsync("/fr/admin/journal?categorie=applications&sujet=" + application.Number);
        Assert.Contains("consultation du dossier", journal, StringComparison.Ordinal);
        Assert.Contains("effacement des données", journal, StringComparison.Ordinal);
        var byOffer = await client.GetStringAsync("/fr/admin/journal?offre=" + PipelineSite.OfferSet);
        Assert.Contains(application.Number, byOffer, StringComparison.Ordinal);
        var otherOffer = await client.GetStringAsync("/fr/admin/journal?offre=" + SeededOffer);
        Assert.DoesNotContain(application.Number, otherOffer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_saves_a_template_an_unknown_placeholder_is_refused_with_what_was_typed_kept()
    {
        using var site = new SiteFactory(kind: kind);
        var admin = await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (client, _) = await Staff.SignInAsync(site, admin.Email!);
        var id = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<NotificationTemplate>()
            .Where(t => t.Stage == Selected && t.Culture == "fr").Select(t => t.Id).SingleAsync());
        var url = "/fr/admin/modeles?modele=" + id;
        var (_, page) = await ThammJobs.Web.Tests.Public.Html.GetAsync(client, url);
        var token = page.QuerySelector("form.template-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var refused = await client.PostAsync(url + "&handler=Save", Form(token, "Bravo {prénom}", "Bonjour {prenom}, {offre", "true"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = ThammJobs.Web.Tests.Public.Html.Parse(await refused.Content.ReadAsStringAsync());
        var errors = shown.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("{prénom} n'est pas une valeur connue", errors, StringComparison.Ordinal);
        Assert.Contains("accolade", errors, StringComparison.Ordinal);
        Assert.Equal("Bravo {prénom}", shown.QuerySelector("#subject")!.GetAttribute("value"));
        Assert.False((await TemplateAsync(site, id)).Enabled);

        var saved = await client.PostAsync(url + "&handler=Save", Form(token, "Bravo {prenom} !", "Bonjour {prenom},\r\nvous êtes retenu·e pour {offre}.", "true"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var template = await TemplateAsync(site, id);
        Assert.True(template.Enabled);
        Assert.Equal("Bonjour {prenom},\nvous êtes retenu·e pour {offre}.", template.Body);
        Assert.Equal(admin.UserName, template.UpdatedBy);
        var audit = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Action == "template-saved"));
        Assert.Equal("Selected/fr", audit.SubjectId);

        var preview = await client.PostAsync(url + "&handler=Preview", Form(token, "Bravo {prenom} !", "Bonjour {prenom} {nom}", "true"));
        Assert.Contains("Bonjour Salma Bennani", ThammJobs.Web.Tests.Public.Html.VisibleText(ThammJobs.Web.Tests.Public.Html.Parse(await preview.Content.ReadAsStringAsync())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offers_own_message_replaces_the_general_one_for_its_candidates_only_and_removing_it_restores_the_general_one()
    {
        using var site = new SiteFactory(kind: kind);
        var admin = await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (client, _) = await Staff.SignInAsync(site, admin.Email!);
        var own = (await PipelineSite.InsertAsync(site, [Screening, Screening], SeededOffer));
        var other = (await PipelineSite.InsertAsync(site, [Screening]))[0];
        await SetCultureAsync(site, own[1], "ar");
        var (_, page) = await ThammJobs.Web.Tests.Public.Html.GetAsync(client, "/fr/admin/modeles");
        var token = page.QuerySelector("form.offer-template-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // No offer chosen: a message in the page's language, nothing created.
        var refused = await client.PostAsync("/fr/admin/modeles?handler=Specialise", Specialise(token, "", NotSelected));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choisissez une offre.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await client.PostAsync("/ar/admin/modeles?handler=Specialise", Specialise(token, "offer-that-does-not-exist", NotSelected));
        Assert.Contains("هذا العرض غير موجود أو غير منشور.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await OfferTemplatesAsync(site));

        // Created in both languages from the general text, then the French one is reworded.
        var created = await client.PostAsync("/fr/admin/modeles?handler=Specialise", Specialise(token, SeededOffer, NotSelected));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var versions = await OfferTemplatesAsync(site);
        Assert.Equal(["ar", "fr"], versions.Select(v => v.Culture).Order().ToArray());
        Assert.All(versions, v => Assert.True(v.Enabled));
        var french = versions.Single(v => v.Culture == "fr");
        Assert.EndsWith("modele=" + french.Id + "&fait=cree", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var saved = await client.PostAsync("/fr/admin/modeles?modele=" + french.Id + "&handler=Save",
            Form(token, "THAMM+ : merci {prenom}", "Bonjour {prenom},\nle poste d'expert·e est pourvu. Merci de votre intérêt.", "true"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await client.GetStringAsync("/fr/admin/modeles?modele=" + french.Id);
        Assert.Contains("Messages propres à une offre", shown, StringComparison.Ordinal);
        Assert.Contains("Supprimer la version propre", shown, StringComparison.Ordinal);

        var reason = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<RejectionReason>().Where(r => r.Active).Select(r => r.Id).FirstAsync());
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, own[0], NotSelected, reasonId: reason));
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, own[1], NotSelected, reasonId: reason));
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, other, NotSelected, reasonId: reason));
        var ownFrench = await PipelineSite.LoadAsync(site, own[0]);
        var (subject, body) = Assert.Single(await Outbox.MessagesToAsync(site, ownFrench.Email));
        Assert.Equal("THAMM+ : merci " + ownFrench.GivenName, subject);
        Assert.Contains("le poste d'expert·e est pourvu", body, StringComparison.Ordinal);
        // The Arabic copy was not reworded: it still carries the general Arabic text, but it is the offer's own row.
        var (arabicSubject, _) = Assert.Single(await Outbox.MessagesToAsync(site, (await PipelineSite.LoadAsync(site, own[1])).Email));
        Assert.StartsWith("ترشيحكم", arabicSubject, StringComparison.Ordinal);
        var otherOffer = await PipelineSite.LoadAsync(site, other);
        var (generalSubject, _) = Assert.Single(await Outbox.MessagesToAsync(site, otherOffer.Email));
        Assert.StartsWith("Votre candidature " + otherOffer.Number, generalSubject, StringComparison.Ordinal);

        // Removing it (both languages) brings the general template back for that offer; the journal keeps both steps.
        var removed = await client.PostAsync("/fr/admin/modeles?modele=" + french.Id + "&handler=Remove", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await OfferTemplatesAsync(site));
        var again = (await PipelineSite.InsertAsync(site, [Screening], SeededOffer))[0];
        Assert.Equal(TransitionResult.Done, await MoveAsync(site, again, NotSelected, reasonId: reason));
        var againApplication = await PipelineSite.LoadAsync(site, again);
        Assert.StartsWith("Votre candidature " + againApplication.Number, Assert.Single(await Outbox.MessagesToAsync(site, againApplication.Email)).Subject, StringComparison.Ordinal);
        var actions = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Category == "notifications").Select(e => e.Action + " " + e.SubjectId).ToListAsync());
        Assert.Contains($"template-created {SeededOffer}/NotSelected/fr", actions);
        Assert.Contains($"template-saved {SeededOffer}/NotSelected/fr", actions);
        Assert.Contains($"template-removed {SeededOffer}/NotSelected/ar", actions);
    }

    private static FormUrlEncodedContent Specialise(string token, string offer, ApplicationStage stage) => new(
    [
        KeyValuePair.Create("__RequestVerificationToken", token),
        KeyValuePair.Create("offre", offer),
        KeyValuePair.Create("etape", stage.ToString()),
    ]);

    private static Task<List<NotificationTemplate>> OfferTemplatesAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<NotificationTemplate>().AsNoTracking().Where(t => t.OfferSet != null).ToListAsync());

    private static FormUrlEncodedContent Form(string token, string subject, string body, string enabled) => new(
    [
        KeyValuePair.Create("__RequestVerificationToken", token),
        KeyValuePair.Create("Input.Subject", subject),
        KeyValuePair.Create("Input.Body", body),
        KeyValuePair.Create("Input.Enabled", enabled),
    ]);

    private static Task<NotificationTemplate> TemplateAsync(SiteFactory site, int id) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<NotificationTemplate>().AsNoTracking().SingleAsync(t => t.Id == id));

    private static Task<TransitionResult> MoveAsync(SiteFactory site, Guid id, ApplicationStage to, int? seenVersion = null, int? reasonId = null) =>
        site.WithScopeAsync(async sp =>
        {
            var version = seenVersion ?? (await PipelineSite.LoadAsync(site, id)).StageVersion;
            return await sp.GetRequiredService<TransitionService>().MoveAsync(PipelineSite.Administrator(), new TransitionRequest(id, to, version, reasonId), CancellationToken.None);
        });

    private static Task<int> SetCultureAsync(SiteFactory site, Guid id, string culture) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Culture, culture)));

    private static Task<List<AuditEntry>> AuditAsync(SiteFactory site, string number) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == number).OrderBy(e => e.Id).ToListAsync());

    private static BackgroundRuleRunner Runner(SiteFactory site) => site.Services.GetRequiredService<BackgroundRuleRunner>();

    private static SiteFactory Node(TestDatabase database, DateTimeOffset now, string name = "a") =>
        new SiteFactory(database, now).With("ThammJobs:Search:IndexFolder", Path.Combine(database.DataFolder, "index-" + name))
            .With("ThammJobs:Rules:Enabled", "false");
}

public sealed class ApplicationRulesTestsOnSqlite() : ApplicationRulesTests(DatabaseKind.Sqlite);

public sealed class ApplicationRulesTestsOnPostgreSql() : ApplicationRulesTests(DatabaseKind.PostgreSql);
