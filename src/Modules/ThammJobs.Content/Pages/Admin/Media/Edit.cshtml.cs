using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThammJobs.Content.Media;
using ThammJobs.Content.Models;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Media;

/// <summary>One image: its alternative texts (both required), and which offers use it as their banner.</summary>
[Authorize(Policy = Permission.PolicyPrefix + "Media.Manage")]
public sealed class EditModel(MediaLibrary library, IOptions<MediaOptions> options, LanguageAlternates alternates) : PageModel
{
    public MediaItem Item { get; private set; } = null!;

    public MediaProfile? Card => options.Value.Profiles.GetValueOrDefault("card");

    public List<string> UsedBy { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? AltFr { get; set; }

    [BindProperty]
    public string? AltAr { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? fait, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        AltFr = Item.AltFr;
        AltAr = Item.AltAr;
        Saved = fait == "enregistre";
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        var errors = await library.UpdateAltsAsync(id, AltFr, AltAr, cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count == 0)
        {
            return Redirect(MediaUrls.Edit(SiteCultures.Current, id) + "?fait=enregistre");
        }

        Errors = errors;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await library.FindAsync(id, cancellationToken) is not { } item)
        {
            return false;
        }

        Item = item;
        UsedBy = await library.BannerOfAsync(id, cancellationToken);
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, MediaUrls.Edit(culture, id));
        }

        return true;
    }
}
