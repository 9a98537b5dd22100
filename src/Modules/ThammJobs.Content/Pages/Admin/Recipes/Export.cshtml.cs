using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThammJobs.Content.Recipes;
using ThammJobs.Content.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Content.Pages.Admin.Recipes;

/// <summary>
/// The back-office twin of <c>recipes export &lt;file&gt;</c>: the same <see cref="RecipeExporter"/>, the same
/// bytes (UTF-8 without a byte-order mark, as <c>File.WriteAllTextAsync</c> writes them), as a download.
/// The command line has no options besides the file, so neither has this page.
/// </summary>
[Authorize(Policy = Permission.PolicyPrefix + "Recipes.Export")]
public sealed class ExportModel(RecipeExporter exporter, TimeProvider clock, LanguageAlternates alternates) : PageModel
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public void OnGet()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, ContentAdminUrls.RecipeExport(culture));
        }
    }

    // A POST (with its antiforgery token) rather than a link: an export reads the whole site, it is not
    // something a crawler or a prefetch should trigger. The page's policy already required Recipes.Export.
    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken)
    {
        var json = await exporter.ExportAsync(cancellationToken: cancellationToken);
        var name = "thammjobs-" + clock.GetUtcNow().ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture) + ".recipe.json";
        return File(Utf8WithoutBom.GetBytes(json), "application/json", name);
    }
}
