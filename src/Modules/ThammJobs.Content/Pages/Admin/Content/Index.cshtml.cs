using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Content.Scheduling;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Content;

/// <summary>
/// Every content item in both languages with its state and translation status, publish / unpublish, and the
/// way to the editor (Edit, New).
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Content.Edit")]
public sealed class IndexModel(ThammJobsDbContext db, ContentManager content, TranslationStatus translation, IAuthorizationService authorization, LanguageAlternates alternates, PublicationScheduler scheduler) : PageModel
{
    public List<Row> Items { get; } = [];

    /// <summary>Pending scheduled publications by item (see Schedule.cshtml).</summary>
    public Dictionary<string, ScheduledPublication> Scheduled { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task OnGetAsync(string? fait, CancellationToken cancellationToken)
    {
        Done = fait;
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, ContentAdminUrls.Index(culture));
        }

        var latest = await db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.Latest)
            .OrderBy(v => v.ContentType).ThenBy(v => v.TranslationSet).ThenBy(v => v.Culture).ToListAsync(cancellationToken);
        var published = await db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.Published)
            .Select(v => new { v.ContentItemId, v.Number }).ToDictionaryAsync(v => v.ContentItemId, v => v.Number, cancellationToken);
        var translations = await translation.ForAllAsync(cancellationToken);
        foreach (var version in latest)
        {
            var publishedNumber = published.TryGetValue(version.ContentItemId, out var n) ? n : (int?)null;
            var state = translations.TryGetValue(version.TranslationSet, out var states) ? states.GetValueOrDefault(version.Culture) : TranslationState.UpToDate;
            Items.Add(new Row(version, publishedNumber, state));
        }

        Scheduled = await scheduler.PendingAsync(cancellationToken);
    }

    // Razor Pages ignore [Authorize] on handlers: the publishing permission is checked here.
    public async Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.PublishContent.Policy)).Succeeded)
        {
            return Forbid();
        }

        var done = await content.PublishLatestAsync(id, cancellationToken);
        return Redirect(ContentAdminUrls.Index(SiteCultures.Current) + (done ? "?fait=publication" : ""));
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.PublishContent.Policy)).Succeeded)
        {
            return Forbid();
        }

        var done = await content.UnpublishAsync(id, cancellationToken);
        return Redirect(ContentAdminUrls.Index(SiteCultures.Current) + (done ? "?fait=retrait" : ""));
    }

    public sealed record Row(ContentItemVersion Latest, int? PublishedNumber, TranslationState Translation)
    {
        public bool LatestIsPublished => Latest.Published;
    }
}
