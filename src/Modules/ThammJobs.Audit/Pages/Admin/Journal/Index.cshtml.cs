using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Audit.Models;
using ThammJobs.Audit.Services;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Audit.Pages.Admin.Journal;

/// <summary>The audit trail, newest first, with filters and pages of <see cref="JournalFilter.PageSize"/>.</summary>
[Authorize(Policy = Permission.PolicyPrefix + "Audit.View")]
public sealed class IndexModel(ThammJobsDbContext db, LanguageAlternates alternates) : PageModel
{
    public JournalFilter Filter { get; private set; } = new();

    public List<(AuditEntry Entry, IReadOnlyList<AuditChange> Changes)> Entries { get; } = [];

    public List<string> Categories { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(string? categorie, string? acteur, string? sujet, string? du, string? au, string? offre, CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        // "page" is read from the query string itself: as a handler parameter Razor Pages would bind its own route
        // value of that name (the page's path).
        Filter = JournalFilter.Parse(categorie, acteur, sujet, du, au, Request.Query["page"].FirstOrDefault(), offre);
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AuditUrls.Journal(culture) + Filter.QueryFor(Filter.Page));
        }

        var entries = db.Set<AuditEntry>().AsNoTracking();
        Categories = await entries.Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        // One more than a page tells whether there is a next page without counting the whole trail.
        var rows = await Filter.Apply(entries).OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Skip((Filter.Page - 1) * JournalFilter.PageSize).Take(JournalFilter.PageSize + 1).ToListAsync(cancellationToken);
        HasNext = rows.Count > JournalFilter.PageSize;
        foreach (var entry in rows.Take(JournalFilter.PageSize))
        {
            Entries.Add((entry, AuditTrail.ReadDetails(entry.Details)));
        }
    }
}
