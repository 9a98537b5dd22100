using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// One offer's applications as a list a recruiter with 400 of them can work with: filter by stage, search by
/// name, e-mail or number, newest or alphabetical, 50 a page; and who is assigned to the offer.
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class OfferModel(ThammJobsDbContext db, ApplicationAccess access, UserManager<StaffUser> users, TimeProvider clock, LanguageAlternates alternates) : PageModel
{
    public const int PageSize = 50;

    public string OfferSet { get; private set; } = "";

    public string Title { get; private set; } = "";

    public List<Application> Applications { get; private set; } = [];

    public int Total { get; private set; }

    public Dictionary<ApplicationStage, int> ByStage { get; private set; } = [];

    public List<(OfferAssignment Assignment, StaffUser? User)> Assigned { get; } = [];

    public List<StaffUser> Assignable { get; } = [];

    [BindProperty(SupportsGet = true, Name = "etape")]
    public ApplicationStage? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

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
            alternates.Set(culture, AdminApplicationUrls.Offer(culture, offerSet));
        }

        var all = db.Set<Application>().AsNoTracking().Where(a => a.OfferSet == offerSet);
        ByStage = await all.GroupBy(a => a.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Title = await all.Select(a => a.OfferTitle).FirstOrDefaultAsync(cancellationToken) ?? offerSet;

        var query = all;
        if (Stage is { } stage)
        {
            query = query.Where(a => a.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(Query) && Query.Length <= 200)
        {
            var text = Query.Trim().ToLowerInvariant();
            query = query.Where(a => a.Email.Contains(text) || a.Number.ToLower().Contains(text) ||
                (a.GivenName + " " + a.FamilyName).ToLower().Contains(text) || (a.FamilyName + " " + a.GivenName).ToLower().Contains(text));
        }

        Total = await query.CountAsync(cancellationToken);
        query = Sort == "nom" ? query.OrderBy(a => a.FamilyName).ThenBy(a => a.GivenName) : query.OrderByDescending(a => a.SubmittedUtc);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Applications = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).Include(a => a.Documents).AsSplitQuery().ToListAsync(cancellationToken);

        if (ApplicationAccess.CanAssign(User))
        {
            var assignments = await db.Set<OfferAssignment>().AsNoTracking().Where(a => a.OfferSet == offerSet).ToListAsync(cancellationToken);
            foreach (var assignment in assignments)
            {
                Assigned.Add((assignment, await users.FindByIdAsync(assignment.UserId)));
            }

            foreach (var role in new[] { StandardRoles.Recruiter, StandardRoles.Reviewer })
            {
                Assignable.AddRange((await users.GetUsersInRoleAsync(role)).Where(u => assignments.All(a => a.UserId != u.Id) && Assignable.All(x => x.Id != u.Id)));
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(string offerSet, string? userId, CancellationToken cancellationToken)
    {
        if (!ApplicationAccess.CanAssign(User))
        {
            return Forbid();
        }

        if (userId is not null && await users.FindByIdAsync(userId) is not null &&
            !await db.Set<OfferAssignment>().AnyAsync(a => a.OfferSet == offerSet && a.UserId == userId, cancellationToken))
        {
            db.Add(new OfferAssignment { OfferSet = offerSet, UserId = userId, AssignedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect(AdminApplicationUrls.Offer(SiteCultures.Current, offerSet));
    }

    public async Task<IActionResult> OnPostUnassignAsync(string offerSet, long id, CancellationToken cancellationToken)
    {
        if (!ApplicationAccess.CanAssign(User))
        {
            return Forbid();
        }

        await db.Set<OfferAssignment>().Where(a => a.Id == id && a.OfferSet == offerSet).ExecuteDeleteAsync(cancellationToken);
        return Redirect(AdminApplicationUrls.Offer(SiteCultures.Current, offerSet));
    }

    public string PageUrl(int page) =>
        AdminApplicationUrls.Offer(SiteCultures.Current, OfferSet) + "?" + string.Join("&", new[]
        {
            Stage is { } s ? "etape=" + s : null,
            string.IsNullOrWhiteSpace(Query) ? null : "q=" + Uri.EscapeDataString(Query),
            Sort is { Length: > 0 } ? "tri=" + Sort : null,
            "page=" + page,
        }.Where(p => p is not null));
}
