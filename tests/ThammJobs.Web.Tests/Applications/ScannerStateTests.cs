using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Hosting;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;
using ThammJobs.Uploads.Scanning;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>Each antivirus state as the candidate and the stored application see it.</summary>
public sealed class ScannerStateTests
{
    private static SiteFactory SiteWith(FakeScanner scanner) =>
        new SiteFactory(now: ApplyFlowTests.BeforeDeadline)
            .With("ThammJobs:Applications:MaintenanceIntervalSeconds", "86400")
            .WithServices(s => s.AddSingleton<IVirusScanner>(scanner));

    [Fact]
    public async Task Clean_files_are_marked_clean()
    {
        using var site = SiteWith(new FakeScanner(ScanVerdict.Clean));
        await Candidate.ApplyAsync(site);
        Assert.All((await ApplyFlowTests.LoadSingleAsync(site)).Documents, d => Assert.Equal(ScanStatus.Clean, d.ScanStatus));
    }

    [Fact]
    public async Task An_infected_file_is_refused_with_a_message_and_never_stored()
    {
        using var site = SiteWith(new FakeScanner(ScanVerdict.Infected, "Win.Test.Fake"));
        var candidate = new ApplyClient(Candidate.Client(site), "ar");
        await candidate.OpenAsync();

        await candidate.SubmitAsync(ApplyClient.ValidFields(), ApplyClient.RequiredFiles().Take(1));

        Assert.Contains("اكتشف برنامج مكافحة الفيروسات فيروسا", candidate.Page!.QuerySelector(".refused")!.TextContent);
        Assert.Equal(0, await ApplyFlowTests.CountAsync<ApplicationDocument>(site));
        Assert.Empty(UploadSafetyTests.StoredFiles(site));
    }

    [Fact]
    public async Task With_the_scanner_down_the_application_is_accepted_but_its_files_wait_for_a_rescan()
    {
        var scanner = new FakeScanner(ScanVerdict.Unavailable);
        using var site = SiteWith(scanner);
        var path = await Candidate.ApplyAsync(site);

        var application = await ApplyFlowTests.LoadSingleAsync(site);
        Assert.All(application.Documents, d => Assert.Equal(ScanStatus.AwaitingScan, d.ScanStatus));
        var client = Candidate.Client(site);
        Assert.Contains("en attente de vérification antivirus", await client.GetStringAsync(path));

        // Not downloadable while waiting: the export holds the data, not the files.
        using (var zip = new ZipArchive(await client.GetStreamAsync(path + "?handler=Download")))
        {
            Assert.Equal(["candidature.json"], zip.Entries.Select(e => e.FullName));
        }

        // The scanner is back: the maintenance round clears them.
        scanner.Verdict = ScanVerdict.Clean;
        var report = await site.Services.GetRequiredService<ApplicationsMaintenance>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(3, report.Rescanned);
        Assert.All((await ApplyFlowTests.LoadSingleAsync(site)).Documents, d => Assert.Equal(ScanStatus.Clean, d.ScanStatus));
        using (var zip = new ZipArchive(await client.GetStreamAsync(path + "?handler=Download")))
        {
            Assert.Equal(4, zip.Entries.Count);
        }
    }

    [Fact]
    public async Task A_rescan_that_finds_a_virus_deletes_the_file_and_keeps_the_record()
    {
        var scanner = new FakeScanner(ScanVerdict.Unavailable);
        using var site = SiteWith(scanner);
        await Candidate.ApplyAsync(site);

        scanner.Verdict = ScanVerdict.Infected;
        scanner.Signature = "Eicar-Test-Signature";
        await site.Services.GetRequiredService<ApplicationsMaintenance>().RunOnceAsync(CancellationToken.None);

        var documents = (await ApplyFlowTests.LoadSingleAsync(site)).Documents;
        Assert.All(documents, d => Assert.Equal(ScanStatus.Infected, d.ScanStatus));
        Assert.All(documents, d => Assert.Equal("Eicar-Test-Signature", d.ScanSignature));
        Assert.Empty(UploadSafetyTests.StoredFiles(site));
    }

    [Fact]
    public async Task A_real_clamd_refuses_the_EICAR_test_file_inside_a_PDF()
    {
        var address = await RealClamd.RequireAsync();
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline).With("ThammJobs:Uploads:ClamdAddress", address);
        var candidate = new ApplyClient(Candidate.Client(site));
        await candidate.OpenAsync();
        var infected = PdfFixtures.Document(PdfFixtures.Stream("", RealClamd.Eicar()));

        await candidate.SubmitAsync(ApplyClient.ValidFields(), [new UploadFile("file-0", "cv.pdf", infected), .. ApplyClient.RequiredFiles().Skip(1)]);

        Assert.Contains("l'antivirus a détecté un virus", candidate.Page!.QuerySelector(".refused")!.TextContent);
        var stored = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ApplicationDocument>().AsNoTracking().ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, d => Assert.Equal(ScanStatus.Clean, d.ScanStatus));
    }
}

/// <summary>An antivirus whose answer the test sets.</summary>
internal sealed class FakeScanner(ScanVerdict verdict, string? signature = null) : IVirusScanner
{
    public ScanVerdict Verdict { get; set; } = verdict;

    public string? Signature { get; set; } = signature;

    public bool IsConfigured => true;

    public async Task<ScanResult> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        await content.CopyToAsync(Stream.Null, cancellationToken);
        return new ScanResult(Verdict, Verdict == ScanVerdict.Infected ? Signature : null, Verdict == ScanVerdict.Unavailable ? "connection refused" : null);
    }
}

/// <summary>The clamd of <c>.ci/start-clamd.sh</c> (EICAR-only database); skipped locally without it, failing under CI=true.</summary>
internal static class RealClamd
{
    public static async Task<string> RequireAsync()
    {
        var address = Environment.GetEnvironmentVariable("THAMMJOBS_TEST_CLAMD") is { Length: > 0 } configured ? configured : "127.0.0.1:3310";
        var scanner = new ClamdScanner(Microsoft.Extensions.Options.Options.Create(new ThammJobs.Uploads.UploadOptions { ClamdAddress = address, ClamdTimeoutSeconds = 5 }));
        if (await scanner.PingAsync(CancellationToken.None))
        {
            return address;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"clamd is required under CI=true but does not answer at {address}.");
        }

        Assert.Skip($"clamd does not answer at {address}; run .ci/start-clamd.sh");
        return "";
    }

    public static byte[] Eicar() =>
        System.Text.Encoding.ASCII.GetBytes("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
}
