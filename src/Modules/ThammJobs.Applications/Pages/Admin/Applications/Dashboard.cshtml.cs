using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Dashboard;
using ThammJobs.Applications.Exports;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// Figures and charts over the offers the person may open (all of them, or one with <c>?offre=</c>): applications
/// per day, funnel, deadline → shortlist, completeness, languages. For those who manage applications (reviewers
/// do not see it); a recruiter asking for an offer not assigned to them is refused.
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class DashboardModel(ThammJobsDbContext db, ApplicationAccess access, DashboardQuery query, LanguageAlternates alternates) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    /// <summary>The offer shown, or null for every visible offer.</summary>
    public string? Offer { get; private set; }

    public List<(string OfferSet, string Title)> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "offre")] string? offer, CancellationToken cancellationToken)
    {
        if (!ExportAccess.MayExport(User))
        {
            return Forbid();
        }

        var visible = await access.VisibleOffersAsync(User, cancellationToken);
        var applications = db.Set<Application>().AsNoTracking();
        if (visible is not null)
        {
            applications = applications.Where(a => visible.Contains(a.OfferSet));
        }

        Offers = (await applications.GroupBy(a => a.OfferSet).Select(g => new { g.Key, Title = g.Max(a => a.OfferTitle) }).ToListAsync(cancellationToken))
            .Select(o => (o.Key, o.Title ?? o.Key)).OrderBy(o => o.Item2, StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(offer))
        {
            if (!await access.CanSeeAsync(User, offer, cancellationToken))
            {
                return Forbid();
            }

            Offer = offer;
        }

        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Dashboard(culture, Offer));
        }

        Figures = await query.ComputeAsync(Offer is not null ? [Offer] : visible, cancellationToken);
        return Page();
    }
}
