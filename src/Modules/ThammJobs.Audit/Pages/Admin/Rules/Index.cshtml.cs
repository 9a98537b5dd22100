using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Rules;
using ThammJobs.Core.Security;

namespace ThammJobs.Audit.Pages.Admin.Rules;

/// <summary>
/// What the background rules did, newest first: one line per occurrence (rule, occurrence, node, start, end,
/// outcome and summary), filtered by rule. The runs are the claims the runner writes, so nothing is left out.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Rules.View")]
public sealed class IndexModel(ThammJobsDbContext db, LanguageAlternates alternates) : PageModel
{
    public const int PageSize = 100;

    public static string Address(string culture) => $"/{culture}/admin/regles";

    public List<RuleRun> Runs { get; private set; } = [];

    public List<string> Rules { get; private set; } = [];

    public string? Rule { get; private set; }

    public async Task OnGetAsync(string? regle, CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        Rule = string.IsNullOrWhiteSpace(regle) ? null : regle.Trim();
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, Address(culture) + (Rule is null ? "" : "?regle=" + Uri.EscapeDataString(Rule)));
        }

        var runs = db.Set<RuleRun>().AsNoTracking();
        Rules = await runs.Select(r => r.Rule).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        if (Rule is not null)
        {
            runs = runs.Where(r => r.Rule == Rule);
        }

        Runs = await runs.OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id).Take(PageSize).ToListAsync(cancellationToken);
    }
}
