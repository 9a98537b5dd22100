using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Generation;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Storage;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Testing;
using ThammJobs.Web.Cli;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary><c>applications generate</c>: N valid applications on the seeded offer, documents in the real store.</summary>
public sealed class GeneratorTests
{
    public static Task<GeneratorResult> GenerateAsync(SiteFactory site, int count, int seed = 3) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ApplicationGenerator>().RunAsync(new GeneratorOptions(null, count, seed), CancellationToken.None));

    [Fact]
    public async Task It_creates_the_asked_number_of_valid_applications_with_stored_documents_and_a_history()
    {
        using var site = new SiteFactory();
        var result = await GenerateAsync(site, 12);

        Assert.Equal(12, result.Created);
        Assert.Equal("offer-expert-migration-nationale", result.OfferSet);
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var store = sp.GetRequiredService<DocumentStore>();
            var offer = (await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>(result.OfferSet, "fr"))!.Content;
            var applications = await db.Set<Application>().Include(a => a.Documents).Include(a => a.References).AsSplitQuery().ToListAsync();
            Assert.Equal(12, applications.Count);

            // Made-up candidates are written to by nobody: no template e-mail in the outbox for their moves.
            Assert.Equal(0, await db.Set<ThammJobs.Messaging.Outbox.OutboxMessage>().CountAsync());
            Assert.Equal(12, applications.Select(a => a.Number).Distinct().Count());
            Assert.Equal(12, applications.Select(a => a.Email).Distinct().Count());
            Assert.Equal(result.Complete, applications.Count(a => a.DocumentsComplete));
            foreach (var a in applications)
            {
                Assert.Matches(@"^\+(212[67]\d{8}|336\d{8})$", a.Phone);
                Assert.Matches(@"@example\.(ma|fr|com)$", a.Email);
                Assert.Equal(Completeness.IsComplete(offer, a.Documents, a.References.Count), a.DocumentsComplete);
                Assert.All(a.Documents, d => Assert.True(store.Exists(d.StoredName)));
                foreach (var d in a.Documents)
                {
                    await using var file = store.OpenRead(d.StoredName);
                    var head = new byte[4];
                    await file.ReadExactlyAsync(head);
                    var expected = d.FileType switch
                    {
                        ThammJobs.Uploads.FileType.Pdf => "%PDF"u8.ToArray(),
                        ThammJobs.Uploads.FileType.Png => new byte[] { 0x89, 0x50, 0x4E, 0x47 },
                        _ => new byte[] { 0xFF, 0xD8, 0xFF, head[3] },
                    };
                    Assert.Equal(expected, head);
                }

                var history = await db.Set<ApplicationTransition>().Where(t => t.ApplicationId == a.Id).OrderBy(t => t.Version).ToListAsync();
                Assert.True(history.Count >= 2);
                Assert.Null(history[0].From);
                Assert.Equal(a.DocumentsComplete ? ApplicationStage.Complete : ApplicationStage.Incomplete, history[1].To);
                Assert.Equal(a.Stage, history[^1].To);
                Assert.Equal(a.StageVersion, history[^1].Version);
            }

            Assert.Contains(applications, a => a.GivenNameArabic is not null);
            return 0;
        });
    }

    [Fact]
    public async Task Its_histories_reach_every_stage_and_are_dated_in_order_from_submission_with_shortlists_after_the_deadline()
    {
        using var site = new SiteFactory();
        await GenerateAsync(site, 150, seed: 1);   // a seed whose 150 draws reach every stage (the generator is deterministic per seed)
        var now = site.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var offer = (await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>("offer-expert-migration-nationale", "fr"))!.Content;
            var deadline = ThammJobs.Content.Services.OfferDeadlines.ToZoned(offer.Deadline).ToDateTimeUtc();
            var applications = await db.Set<Application>().AsNoTracking().ToListAsync();
            var histories = (await db.Set<ApplicationTransition>().AsNoTracking().ToListAsync()).ToLookup(t => t.ApplicationId);

            // A recruiter trying the views finds every column of the board filled, second interview rounds included.
            var stages = applications.Select(a => a.Stage).ToHashSet();
            foreach (var stage in new[] { ApplicationStage.Complete, ApplicationStage.Incomplete, ApplicationStage.Screening, ApplicationStage.Shortlisted,
                                          ApplicationStage.Interview, ApplicationStage.Selected, ApplicationStage.NotSelected })
            {
                Assert.Contains(stage, stages);
            }

            Assert.Contains(histories, h => h.Count(t => t.To == ApplicationStage.Interview) == 2);
            foreach (var a in applications)
            {
                var history = histories[a.Id].OrderBy(t => t.Version).ToList();
                Assert.Equal(a.SubmittedUtc, history[0].AtUtc);
                Assert.All(history.Zip(history.Skip(1)), pair => Assert.True(pair.First.AtUtc <= pair.Second.AtUtc));
                Assert.All(history, t => Assert.True(t.AtUtc <= now));
                Assert.Equal(history[^1].AtUtc, a.StageChangedUtc);
                Assert.All(history.Where(t => t.To == ApplicationStage.Shortlisted), t => Assert.True(t.AtUtc > deadline));
                Assert.Equal(history.Count(t => t.To == ApplicationStage.Interview), a.InterviewRound);
            }

            return 0;
        });
    }

    [Fact]
    public void Its_command_line_reads_the_options_and_refuses_malformed_ones()
    {
        Assert.Equal(new GeneratorOptions(null, 400, null), ApplicationVerbs.Parse([]));
        Assert.Equal(new GeneratorOptions("mon-offre", 25, 9), ApplicationVerbs.Parse(["--offer", "mon-offre", "--count", "25", "--seed", "9"]));
        Assert.Equal(new GeneratorOptions(null, 10, null), ApplicationVerbs.Parse(["--count", "10", "--ThammJobs:DataFolder=/tmp/x"]));
        Assert.Null(ApplicationVerbs.Parse(["--count", "beaucoup"]));
        Assert.Null(ApplicationVerbs.Parse(["--count", "0"]));
        Assert.Null(ApplicationVerbs.Parse(["--count"]));
        Assert.Null(ApplicationVerbs.Parse(["--colour", "red"]));
    }
}
