using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>The offers whose applications the person may open, with counts by stage.</summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class IndexModel(ThammJobsDbContext db, ApplicationAccess access, LanguageAlternates alternates) : PageModel
{
    public List<OfferSummary> Offers { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Offers(culture));
        }

        var visible = await access.VisibleOffersAsync(User, cancellationToken);
        var query = db.Set<Application>().AsNoTracking();
        if (visible is not null)
        {
            query = query.Where(a => visible.Contains(a.OfferSet));
        }

        var rows = await query.GroupBy(a => new { a.OfferSet, a.Stage })
            .Select(g => new { g.Key.OfferSet, g.Key.Stage, Count = g.Count(), Title = g.Max(a => a.OfferTitle), Last = g.Max(a => a.SubmittedUtc) })
            .ToListAsync(cancellationToken);
        foreach (var offer in rows.GroupBy(r => r.OfferSet))
        {
            Offers.Add(new OfferSummary(offer.Key, offer.First().Title ?? offer.Key, offer.Sum(r => r.Count),
                offer.Where(r => r.Stage is not (ApplicationStage.Withdrawn or ApplicationStage.Erased)).Sum(r => r.Count), offer.Max(r => r.Last)));
        }

        Offers.Sort((a, b) => b.LastUtc.CompareTo(a.LastUtc));
    }

    public sealed record OfferSummary(string OfferSet, string Title, int Total, int Live, DateTime LastUtc);
}
