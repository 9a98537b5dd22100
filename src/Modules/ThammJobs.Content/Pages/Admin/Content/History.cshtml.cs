using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.History;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Content;

/// <summary>
/// Every version of one content item in one language (who, when, online or not), the difference between any
/// two of them field by field, and restoring an old one as a new draft. The page itself requires
/// <c>Content.Edit</c>, which is also what restoring needs.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Content.Edit")]
public sealed class HistoryModel(ThammJobsDbContext db, VersionRestorer restorer, LanguageAlternates alternates) : PageModel
{
    public string ContentItemId { get; private set; } = "";

    /// <summary>Newest first.</summary>
    public List<ContentItemVersion> Versions { get; } = [];

    /// <summary>User name → display name of the authors that are staff accounts.</summary>
    public Dictionary<string, string> AuthorNames { get; } = new(StringComparer.Ordinal);

    public ContentItemVersion? From { get; private set; }

    public ContentItemVersion? To { get; private set; }

    public List<FieldChange> Changes { get; private set; } = [];

    /// <summary>Message keys for what could not be read in the address.</summary>
    public List<string> Problems { get; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string contentItemId, string? de, string? a, string? fait, CancellationToken cancellationToken)
    {
        ContentItemId = contentItemId;
        Done = fait;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage();
        }

        // Without a choice, the latest version against the one before it: "what changed last".
        From = Pick(de, "History.BadFrom") ?? (Versions.Count > 1 ? Versions[1] : null);
        To = Pick(a, "History.BadTo") ?? Versions[0];
        if (From is not null && To is not null && From.Number != To.Number)
        {
            Changes = VersionComparer.Compare(From.Data, To.Data);
            if (From.Slug != To.Slug)
            {
                Changes.Insert(0, new FieldChange("@slug", From.Slug, To.Slug));
            }
        }

        return Page();
    }

    // The page requires Content.Edit, and restoring only makes a draft: no further permission to check here.
    public async Task<IActionResult> OnPostRestoreAsync(string contentItemId, string? version, CancellationToken cancellationToken)
    {
        ContentItemId = contentItemId;
        var culture = SiteCultures.Current;
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFoundPage();
            }

            Problems.Add("History.BadVersion");
            return Page();
        }

        var result = await restorer.RestoreAsync(contentItemId, number, User.Identity?.Name, cancellationToken);
        if (result == RestoreResult.NotFound)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFoundPage();
            }

            Problems.Add("History.UnknownVersion");
            return Page();
        }

        var done = result == RestoreResult.Restored ? "restauration" : "identique";
        return Redirect(ContentAdminUrls.History(culture, contentItemId) + "?fait=" + done);
    }

    public string AuthorOf(ContentItemVersion version) =>
        version.Author is null ? "—" : AuthorNames.GetValueOrDefault(version.Author, version.Author);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, ContentAdminUrls.History(culture, ContentItemId));
        }

        Versions.AddRange(await db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.ContentItemId == ContentItemId)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken));
        var authors = Versions.Select(v => v.Author).OfType<string>().Distinct().ToList();
        foreach (var user in await db.Users.AsNoTracking().Where(u => authors.Contains(u.UserName!)).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken))
        {
            AuthorNames[user.UserName!] = user.DisplayName;
        }

        return Versions.Count > 0;
    }

    private ContentItemVersion? Pick(string? text, string problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Versions.FirstOrDefault(v => v.Number == number) is { } found)
        {
            return found;
        }

        Problems.Add(problem);
        return null;
    }

    // An unknown item still gets a page in the right language saying so, with a 404 status.
    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
