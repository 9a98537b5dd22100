using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ThammJobs.Applications.Dashboard;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>The dashboard's figures on a small known set (see <see cref="ExportSite"/>), its pages in both languages, and who may see it.</summary>
public abstract class DashboardTests(DatabaseKind kind)
{
    private const string Page = "/fr/admin/tableau-de-bord";

    [Fact]
    public async Task The_figures_of_one_offer_and_of_all_are_computed_from_the_applications_and_their_history()
    {
        using var site = new SiteFactory(kind: kind);
        await ExportSite.SeedAsync(site);

        var offer = await site.WithScopeAsync(sp => sp.GetRequiredService<DashboardQuery>().ComputeAsync([ExportSite.Offer], CancellationToken.None));
        Assert.Equal(6, offer.Total);
        Assert.Equal(4, offer.Complete);
        Assert.Equal(4 / 6.0, offer.CompleteShare, 6);

        // Moroccan days from the first application (1 November) to the deadline (10 November), by Moroccan calendar day.
        Assert.Equal(new LocalDate(2026, 11, 1), offer.PerDay[0].Day);
        Assert.Equal(new LocalDate(2026, 11, 10), offer.PerDay[^1].Day);
        Assert.Equal([1, 1, 2, 0, 2, 0, 0, 0, 0, 0], offer.PerDay.Select(d => d.Count));

        // Reaching a step counts for the earlier ones: the selected application skipped the interview.
        Assert.Equal([(Received, 6), (Complete, 4), (Screening, 4), (Shortlisted, 3), (Interview, 2), (Selected, 1)], offer.Funnel);

        // Shortlisted 10, 4 and 2 days after the deadline: the median is 4.
        Assert.Equal(3, offer.Shortlisted);
        Assert.Equal(4.0, offer.MedianDaysDeadlineToShortlist!.Value, 6);

        Assert.Equal(2, offer.FrenchLevels[LanguageLevel.Native]);
        Assert.Equal(2, offer.ArabicLevels[LanguageLevel.Native]);
        Assert.Equal(1, offer.ArabicLevels[LanguageLevel.None]);
        Assert.Equal(2, offer.Cultures["ar"]);
        Assert.Equal(4, offer.Cultures["fr"]);

        var all = await site.WithScopeAsync(sp => sp.GetRequiredService<DashboardQuery>().ComputeAsync(null, CancellationToken.None));
        Assert.Equal(7, all.Total);
        Assert.Equal(5, all.Complete);
        Assert.Equal(1, all.PerDay.Single(d => d.Day == new LocalDate(2026, 11, 4)).Count);

        Assert.Equal(3.0, DashboardQuery.Median([5, 1, 3]));
        Assert.Equal(2.5, DashboardQuery.Median([4, 1, 3, 2]));
        Assert.Null(DashboardQuery.Median([]));
    }

    [Fact]
    public async Task The_page_draws_each_chart_with_a_data_table_in_French_and_mirrored_in_Arabic()
    {
        using var site = new SiteFactory(kind: kind);
        await ExportSite.SeedAsync(site);
        var recruiter = await Staff.CreateAsync(site, StandardRoles.Recruiter);
        await PipelineSite.AssignAsync(site, recruiter.Id, ExportSite.Offer);
        var (client, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");

        var (response, fr) = await Html.GetAsync(client, Page + "?offre=" + ExportSite.Offer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("6", fr.QuerySelector("#figure-total")!.TextContent.Trim());
        Assert.StartsWith("67", fr.QuerySelector("#figure-complete")!.TextContent.Trim());
        Assert.Contains("4", fr.QuerySelector("#figure-shortlist bdi")!.TextContent);
        var svgs = fr.QuerySelectorAll("figure svg.chart");
        Assert.Equal(6, svgs.Length);
        Assert.All(svgs, svg => Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent)));
        Assert.All(svgs, svg => Assert.Equal("false", svg.GetAttribute("data-rtl")));
        Assert.Equal(10, fr.QuerySelectorAll("#chart-per-day svg rect.bar").Length);
        var funnel = fr.QuerySelectorAll("#chart-funnel details tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["Reçue", "6"], funnel[0][..2]);
        Assert.Equal(["Retenue", "1"], funnel[^1][..2]);

        // Arabic: right-to-left page, time running from right to left (the first day's bar is the rightmost).
        var (_, ar) = await Html.GetAsync(client, "/ar/admin/tableau-de-bord?offre=" + ExportSite.Offer);
        Assert.Equal("rtl", ar.DocumentElement.GetAttribute("dir"));
        Assert.All(ar.QuerySelectorAll("figure svg.chart"), svg => Assert.Equal("true", svg.GetAttribute("data-rtl")));
        var bars = ar.QuerySelectorAll("#chart-per-day svg rect.bar").Select(b => double.Parse(b.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(bars.OrderDescending(), bars);
        Assert.Contains("القمع", Html.VisibleText(ar));
    }

    [Fact]
    public async Task Recruiters_see_only_their_offers_and_reviewers_not_at_all()
    {
        using var site = new SiteFactory(kind: kind);
        await ExportSite.SeedAsync(site);
        var other = await Staff.CreateAsync(site, StandardRoles.Recruiter);
        await PipelineSite.AssignAsync(site, other.Id, ExportSite.Other);
        var reviewer = await Staff.CreateAsync(site, StandardRoles.Reviewer);
        await PipelineSite.AssignAsync(site, reviewer.Id, ExportSite.Offer);
        var (recruiterClient, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");
        var (reviewerClient, _) = await Staff.SignInAsync(site, "reviewer@thammjobs.test");

        // Overall: only the assigned offer's one application.
        var (_, overall) = await Html.GetAsync(recruiterClient, Page);
        Assert.Equal("1", overall.QuerySelector("#figure-total")!.TextContent.Trim());
        Assert.Equal([ExportSite.Other], overall.QuerySelectorAll("select[name=offre] option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }));

        var forbidden = await recruiterClient.GetAsync(Page + "?offre=" + ExportSite.Offer);
        Assert.StartsWith("/fr/admin/acces-refuse", forbidden.Headers.Location!.OriginalString);
        var asReviewer = await reviewerClient.GetAsync(Page + "?offre=" + ExportSite.Offer);
        Assert.StartsWith("/fr/admin/acces-refuse", asReviewer.Headers.Location!.OriginalString);
    }
}

public sealed class DashboardTestsOnSqlite() : DashboardTests(DatabaseKind.Sqlite);

public sealed class DashboardTestsOnPostgreSql() : DashboardTests(DatabaseKind.PostgreSql);
