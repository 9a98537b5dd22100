using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>The offer's upcoming interviews (not cancelled, from now on), in date order, each in its own zone.</summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class AgendaModel(ThammJobsDbContext db, ApplicationAccess access, TimeProvider clock, LanguageAlternates alternates) : PageModel
{
    public const int Limit = 500;

    public string OfferSet { get; private set; } = "";

    public string Title { get; private set; } = "";

    public sealed record Row(ScheduledInterview Interview, string Number, string GivenName, string FamilyName);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string offerSet, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        OfferSet = offerSet;
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Agenda(culture, offerSet));
        }

        Title = await db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet).Select(a => a.OfferTitle).FirstOrDefaultAsync(cancellationToken) ?? offerSet;
        // Interviews that have started but not ended are still "upcoming" for the panel: look back by the longest duration.
        var from = clock.GetUtcNow().UtcDateTime.AddMinutes(-Interviews.InterviewScheduler.MaxDuration);
        var rows = await db.Set<ScheduledInterview>().AsNoTracking().Include(i => i.Panel)
            .Where(i => i.OfferSet == offerSet && i.Status == InterviewStatus.Scheduled && i.StartUtc >= from)
            .OrderBy(i => i.StartUtc).Take(Limit)
            .Join(db.Set<Application>(), i => i.ApplicationId, a => a.Id, (i, a) => new { i, a.Number, a.GivenName, a.FamilyName })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        Rows = rows.Where(r => r.i.StartUtc.AddMinutes(r.i.DurationMinutes) > now).OrderBy(r => r.i.StartUtc)
            .Select(r => new Row(r.i, r.Number, r.GivenName, r.FamilyName)).ToList();
        return Page();
    }
}
