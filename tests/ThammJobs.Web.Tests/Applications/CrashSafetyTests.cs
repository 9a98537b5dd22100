using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Hosting;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>A failure between writing a file and committing its row leaves neither a half application nor a stray file.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public async Task A_commit_that_fails_after_the_file_is_written_leaves_no_file_and_no_row()
    {
        var failing = new FailingCommits();
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).WithServices(s => s.AddSingleton<IInterceptor>(failing));
        var candidate = new ApplyClient(Candidate.Client(site));
        await candidate.OpenAsync();
        failing.FailWhenSaving<ApplicationDocument>();

        var response = await candidate.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles().Take(1));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Une erreur est survenue", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
        Assert.Empty(UploadSafetyTests.StoredFiles(site));
    }

    [Fact]
    public async Task A_submission_whose_commit_fails_keeps_the_draft_and_stores_nothing_half_done()
    {
        var failing = new FailingCommits();
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).WithServices(s => s.AddSingleton<IInterceptor>(failing));
        var candidate = new ApplyClient(Candidate.Client(site));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";
        await candidate.SubmitAsync(fields, ApplyClient.RequiredFiles());
        Assert.Equal(3, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));

        failing.FailWhenSaving<Application>();
        var failed = await candidate.SubmitAsync(ApplyClient.ValidFields());
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(0, await ApplyFlowTests.CountAsync<Application>(site));
        Assert.Equal(3, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
        Assert.Equal(1, await ApplyFlowTests.CountAsync<ApplicationDraft>(site));

        // The candidate presses "send" again (the browser resends the same form): it goes through, files included.
        failing.Stop();
        var retried = await candidate.SubmitAsync(ApplyClient.ValidFields());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(3, (await ApplyFlowTests.LoadSingleAsync(site)).Documents.Count);
    }

    [Fact]
    public async Task The_sweep_removes_files_left_by_a_crash_but_not_recent_or_referenced_ones()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).With("ThammJobs:Applications:MaintenanceIntervalSeconds", "86400");
        await Candidate.ApplyAsync(site);
        var store = site.Services.GetRequiredService<DocumentStore>();
        var now = site.Clock.GetUtcNow().UtcDateTime;

        // A process killed between rename and commit leaves a stored file without a row; one killed mid-write a temp file.
        var old = await store.SaveAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);
        var recent = await store.SaveAsync(new MemoryStream([4, 5, 6]), CancellationToken.None);
        var oldPath = UploadSafetyTests.StoredFiles(site).Single(f => f.EndsWith(old.Name, StringComparison.Ordinal));
        var recentPath = UploadSafetyTests.StoredFiles(site).Single(f => f.EndsWith(recent.Name, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(oldPath, now.AddHours(-2));
        File.SetLastWriteTimeUtc(recentPath, now.AddMinutes(-5));
        await using (var temp = store.CreateTemp())
        {
            temp.WriteByte(7);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(store.Root, "tmp")))
        {
            File.SetLastWriteTimeUtc(file, now.AddHours(-3));
        }

        foreach (var file in UploadSafetyTests.StoredFiles(site).Where(f => f != oldPath && f != recentPath))
        {
            File.SetLastWriteTimeUtc(file, now.AddHours(-5)); // referenced files, old: must stay
        }

        var report = await site.Services.GetRequiredService<ApplicationsMaintenance>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, report.OrphansDeleted);
        Assert.False(File.Exists(oldPath));
        Assert.True(File.Exists(recentPath));
        Assert.Empty(Directory.GetFiles(Path.Combine(store.Root, "tmp")));
        Assert.Equal(5, UploadSafetyTests.StoredFiles(site).Length); // 3 documents + thumbnail + the recent orphan
    }

    [Fact]
    public async Task Expired_drafts_are_removed_with_their_files()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).With("ThammJobs:Applications:MaintenanceIntervalSeconds", "86400");
        var candidate = new ApplyClient(Candidate.Client(site));
        await candidate.OpenAsync();
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";
        await candidate.SubmitAsync(fields, ApplyClient.RequiredFiles());
        Assert.Equal(4, UploadSafetyTests.StoredFiles(site).Length);

        site.Clock.Advance(TimeSpan.FromHours(49));
        var report = await site.Services.GetRequiredService<ApplicationsMaintenance>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, report.DraftsRemoved);
        Assert.Equal(0, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
        Assert.Empty(UploadSafetyTests.StoredFiles(site));
    }
}

/// <summary>Makes the next commits that carry a given entity fail, like a crash or a full disk at that moment.</summary>
internal sealed class FailingCommits : SaveChangesInterceptor
{
    private Type? failFor;

    public void FailWhenSaving<T>() => failFor = typeof(T);

    public void Stop() => failFor = null;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (failFor is { } type && eventData.Context!.ChangeTracker.Entries().Any(e => e.Entity.GetType() == type && e.State == Microsoft.EntityFrameworkCore.EntityState.Added))
        {
            throw new DbUpdateSimulatedException();
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private sealed class DbUpdateSimulatedException() : DbException("Simulated failure at commit.");
}
