using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ThammJobs.Content.Models;
using ThammJobs.Content.Scheduling;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Content;

/// <summary>
/// Schedules the publication of an item's latest version (and, if asked, of its translation's) at a future instant
/// typed in a time zone, or cancels a pending schedule. The whole page needs Content.Publish: the page-level policy
/// covers its handlers too.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Content.Publish")]
public sealed class ScheduleModel(ThammJobsDbContext db, PublicationScheduler scheduler, TimeProvider clock, LanguageAlternates alternates) : PageModel
{
    public ContentItemVersion Item { get; private set; } = null!;

    /// <summary>The latest versions of the item's translations (the other language).</summary>
    public List<ContentItemVersion> Translations { get; } = [];

    /// <summary>Pending schedules of the item and its translations.</summary>
    public List<ScheduledPublication> Pending { get; } = [];

    [BindProperty]
    public ScheduleForm Input { get; set; } = new();

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? fait, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Done = fait;

        // A sensible default: tomorrow at 09:00 in Morocco.
        var tomorrow = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(OfferDeadlines.FindZone(ScheduleInstant.DefaultZone)!).Date.PlusDays(1);
        Input = new ScheduleForm { Date = tomorrow.ToString("yyyy-MM-dd", null), Time = "09:00", Zone = ScheduleInstant.DefaultZone };
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (instant, error) = ScheduleInstant.Parse(Input.Date, Input.Time, Input.Zone, clock.GetUtcNow());
        if (instant is null)
        {
            Error = error;
            return Page();
        }

        var items = new List<string> { Item.ContentItemId };
        if (Input.Translations)
        {
            items.AddRange(Translations.Select(t => t.ContentItemId));
        }

        await scheduler.ScheduleAsync(items, instant, User.Identity?.Name, cancellationToken);
        return Redirect(ContentAdminUrls.Schedule(SiteCultures.Current, id) + "?fait=planification");
    }

    /// <summary>Cancels the pending schedule of <paramref name="item"/>: this item or one of its translations.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string id, string? item, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var target = item ?? id;
        if (target != Item.ContentItemId && Translations.All(t => t.ContentItemId != target))
        {
            return NotFound();
        }

        var cancelled = await scheduler.CancelAsync(target, User.Identity?.Name, cancellationToken);
        return Redirect(ContentAdminUrls.Schedule(SiteCultures.Current, id) + (cancelled ? "?fait=annulation" : ""));
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, ContentAdminUrls.Schedule(culture, id));
        }

        var latest = await db.Set<ContentItemVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ContentItemId == id && v.Latest, cancellationToken);
        if (latest is null)
        {
            return false;
        }

        Item = latest;
        Translations.AddRange(await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.TranslationSet == latest.TranslationSet && v.ContentItemId != id && v.Latest)
            .OrderBy(v => v.Culture).ToListAsync(cancellationToken));
        var ids = Translations.Select(t => t.ContentItemId).Append(id).ToList();
        Pending.AddRange(await db.Set<ScheduledPublication>().AsNoTracking()
            .Where(s => ids.Contains(s.ContentItemId) && s.Status == ScheduleStatus.Pending)
            .OrderBy(s => s.DueUtc).ToListAsync(cancellationToken));
        return true;
    }

    public sealed class ScheduleForm
    {
        public string? Date { get; set; }
        public string? Time { get; set; }
        public string? Zone { get; set; }

        /// <summary>Also schedule the other language's version at the same instant.</summary>
        public bool Translations { get; set; }
    }
}
