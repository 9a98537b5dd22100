using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Recipes;

/// <summary>Reads what a site holds, to compare sites and runs.</summary>
internal static class SiteContent
{
    public sealed record Item(string Id, string Type, string Culture, string Set, string Slug, bool Published, string Data, DateTime? PublishedUtc);

    public static Task<List<ContentItemVersion>> VersionsAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ContentItemVersion>().AsNoTracking().OrderBy(v => v.Id).ToListAsync());

    public static async Task<List<Item>> LatestAsync(SiteFactory site) =>
        (await VersionsAsync(site)).Where(v => v.Latest)
            .Select(v => new Item(v.ContentItemId, v.ContentType, v.Culture, v.TranslationSet, v.Slug, v.Published, v.Data, v.PublishedUtc))
            .OrderBy(i => i.Id, StringComparer.Ordinal).ToList();

    public static Task<List<RecipeRun>> RunsAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<RecipeRun>().AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    /// <summary>The settings rows, without the content generation marker (each database has its own: it changes with every content save).</summary>
    public static Task<Dictionary<string, string>> SettingsAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<SiteSetting>().AsNoTracking()
            .Where(s => s.Key != ThammJobs.Content.Caching.ContentGeneration.SettingKey).ToDictionaryAsync(s => s.Key, s => s.Value));

    public static string RecipePath(string name) => Path.Combine(AppContext.BaseDirectory, "content-recipes", name + ".recipe.json");
}
