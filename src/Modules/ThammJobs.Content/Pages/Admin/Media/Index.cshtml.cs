using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThammJobs.Content.Media;
using ThammJobs.Content.Models;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Media;

/// <summary>
/// The media library: every image with its alternative texts and the snippets to paste into Markdown, and the
/// upload form (a plain multipart form: no JavaScript needed). A refused upload shows the page again with the
/// alternative texts as typed; the file has to be chosen again (browsers never refill a file input).
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Media.Manage")]
public sealed class IndexModel(MediaLibrary library, IOptions<MediaOptions> options, LanguageAlternates alternates) : PageModel
{
    public List<MediaItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, MediaProfile> Profiles => options.Value.Profiles;

    public long MaxFileBytes => library.MaxFileBytes;

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? AltFr { get; set; }

    [BindProperty]
    public string? AltAr { get; set; }

    public string? Done { get; private set; }

    /// <summary>Titles of the offers that keep an image from being deleted.</summary>
    public List<string> UsedBy { get; private set; } = [];

    public async Task OnGetAsync(string? fait, CancellationToken cancellationToken)
    {
        Done = fait is "ajout" or "suppression" ? fait : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var (item, errors) = await library.UploadAsync(content, file?.FileName, AltFr, AltAr, User.Identity?.Name ?? "", cancellationToken);
        if (item is null)
        {
            Errors = errors;
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect(MediaUrls.Library(SiteCultures.Current) + "?fait=ajout");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken cancellationToken)
    {
        var (deleted, usedBy) = await library.DeleteAsync(id ?? "", cancellationToken);
        if (deleted)
        {
            return Redirect(MediaUrls.Library(SiteCultures.Current) + "?fait=suppression");
        }

        UsedBy = usedBy;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, MediaUrls.Library(culture));
        }

        Items = await library.ListAsync(cancellationToken);
    }
}
