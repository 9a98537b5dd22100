using Microsoft.AspNetCore.Authorization;
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
/// The list of reasons a recruiter picks from when an application is not selected, in French and Arabic.
/// Reasons are never deleted (the history refers to them); one taken out of use is no longer offered.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Applications.ManageAll")]
public sealed class ReasonsModel(ThammJobsDbContext db, LanguageAlternates alternates) : PageModel
{
    public const int MaxLength = 200;

    public List<RejectionReason> Reasons { get; private set; } = [];

    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    /// <summary>The reason whose form has an error (0: the "new reason" form).</summary>
    public int? ErrorFor { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(string? fait, CancellationToken cancellationToken)
    {
        Saved = fait == "oui";
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!Valid())
        {
            ErrorFor = 0;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var last = await db.Set<RejectionReason>().MaxAsync(r => (int?)r.Position, cancellationToken) ?? 0;
        db.Add(new RejectionReason { LabelFr = Input.LabelFr!.Trim(), LabelAr = Input.LabelAr!.Trim(), Position = last + 1 });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(AdminApplicationUrls.Reasons(SiteCultures.Current) + "?fait=oui");
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        var reason = await db.Set<RejectionReason>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reason is null)
        {
            return Redirect(AdminApplicationUrls.Reasons(SiteCultures.Current));
        }

        if (!Valid())
        {
            ErrorFor = id;
            await LoadAsync(cancellationToken);
            return Page();
        }

        reason.LabelFr = Input.LabelFr!.Trim();
        reason.LabelAr = Input.LabelAr!.Trim();
        reason.Active = Input.Active;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(AdminApplicationUrls.Reasons(SiteCultures.Current) + "?fait=oui");
    }

    private bool Valid() =>
        !string.IsNullOrWhiteSpace(Input.LabelFr) && !string.IsNullOrWhiteSpace(Input.LabelAr) &&
        Input.LabelFr.Trim().Length <= MaxLength && Input.LabelAr.Trim().Length <= MaxLength;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, AdminApplicationUrls.Reasons(culture));
        }

        Reasons = await db.Set<RejectionReason>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public sealed class ReasonInput
    {
        public string? LabelFr { get; set; }

        public string? LabelAr { get; set; }

        public bool Active { get; set; }
    }
}
