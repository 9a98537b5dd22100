using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Applications;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>Recruiters see the applications of the offers assigned to them, and get documents only as attachments.</summary>
public sealed class RecruiterViewTests
{
    private const string OfferSet = "offer-expert-migration-nationale";

    private static async Task<(SiteFactory Site, Application Application)> SiteWithApplicationAsync()
    {
        var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        await Candidate.ApplyAsync(site);
        return (site, await ApplyFlowTests.LoadSingleAsync(site));
    }

    [Fact]
    public async Task An_administrator_lists_offers_opens_a_candidate_file_and_downloads_documents_as_attachments()
    {
        var (site, application) = await SiteWithApplicationAsync();
        using var _ = site;
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");

        var (_, offers) = await Html.GetAsync(admin, "/fr/admin/candidatures");
        var offerLink = offers.QuerySelector("table.data a")!.GetAttribute("href")!;
        var (_, list) = await Html.GetAsync(admin, offerLink);
        Assert.Contains("THAMM-2026-000001", Html.VisibleText(list));
        Assert.Contains("Bennani Salma", Html.VisibleText(list));

        var (_, file) = await Html.GetAsync(admin, list.QuerySelector("table.data a")!.GetAttribute("href")!);
        var text = Html.VisibleText(file);
        Assert.Contains("+212 6 12 34 56 78", text.Replace('\u00A0', ' '));
        Assert.Contains("Claire Martin", text);
        Assert.Contains("رسالة التحفيز.docx", text);

        var letter = application.Documents.Single(d => d.Kind == "cover-letter");
        var download = await admin.GetAsync($"/fr/admin/candidatures/{application.Id:N}?handler=Document&document={letter.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("رسالة التحفيز.docx", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var scan = application.Documents.Single(d => d.Kind == "diplomas");
        var thumbnail = await admin.GetAsync($"/fr/admin/candidatures/{application.Id:N}?handler=Thumbnail&document={scan.Id}");
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xFF, 0xD8], (await thumbnail.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task A_recruiter_sees_an_offer_only_once_assigned()
    {
        var (site, application) = await SiteWithApplicationAsync();
        using var _ = site;
        var recruiter = await Staff.CreateAsync(site, StandardRoles.Recruiter);
        var (client, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");
        var filePath = $"/fr/admin/candidatures/{application.Id:N}";

        Assert.DoesNotContain("/fr/admin/candidatures/offre/", await client.GetStringAsync("/fr/admin/candidatures"));
        var refused = await client.GetAsync(filePath);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/fr/admin/acces-refuse", refused.Headers.Location!.OriginalString);

        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            db.Add(new OfferAssignment { OfferSet = OfferSet, UserId = recruiter.Id });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(filePath)).StatusCode);
        Assert.Contains("/fr/admin/candidatures/offre/" + OfferSet, await client.GetStringAsync("/fr/admin/candidatures"));
    }

    [Fact]
    public async Task A_document_awaiting_its_scan_cannot_be_downloaded()
    {
        var (site, application) = await SiteWithApplicationAsync();
        using var _ = site;
        await Staff.CreateAsync(site, StandardRoles.Administrator);
        var (admin, _) = await Staff.SignInAsync(site, "administrator@thammjobs.test");
        var cv = application.Documents.Single(d => d.Kind == "cv");
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ApplicationDocument>()
            .Where(d => d.Id == cv.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ScanStatus, ScanStatus.AwaitingScan)));

        var download = await admin.GetAsync($"/fr/admin/candidatures/{application.Id:N}?handler=Document&document={cv.Id}");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Contains("en attente de vérification antivirus", await admin.GetStringAsync($"/fr/admin/candidatures/{application.Id:N}"));
    }

    [Fact]
    public async Task An_editor_has_no_access_to_applications()
    {
        var (site, application) = await SiteWithApplicationAsync();
        using var _ = site;
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");

        var response = await editor.GetAsync($"/fr/admin/candidatures/{application.Id:N}?handler=Document&document={application.Documents[0].Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/fr/admin/acces-refuse", response.Headers.Location!.OriginalString);
    }
}
