using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Caching;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Public.Projects;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class ShowModel(ContentQueries queries, TimeProvider clock, LanguageAlternates alternates) : PublicPageModel(alternates)
{
    public ContentItem<Project> Project { get; private set; } = null!;

    public IReadOnlyList<ContentItem<JobOffer>> OpenOffers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var project = await queries.FindPublishedAsync<Project>(Culture, slug, cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        Project = project;
        var open = await queries.ListOffersAsync(Culture, open: true, clock.GetUtcNow(), cancellationToken);
        OpenOffers = open.Where(o => o.Content.Project == project.Version.TranslationSet).ToList();
        await SetTranslationsAsync(queries, project.Version, cancellationToken);

        return Page();
    }
}
