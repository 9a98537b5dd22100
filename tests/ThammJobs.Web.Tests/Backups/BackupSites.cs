using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Testing;
using ThammJobs.Web.Backups;

namespace ThammJobs.Web.Tests.Backups;

/// <summary>Shortcuts shared by the backup tests: a site's storage, its applications and the SHA-256 of their files.</summary>
internal static class BackupSites
{
    public static Task<SiteStorage> StorageAsync(SiteFactory site) => site.WithScopeAsync(sp => Task.FromResult(SiteStorage.From(sp)));

    public static Task<BackupManifest> BackupAsync(SiteFactory site, string folder) =>
        site.WithScopeAsync(async sp => await new BackupCommand(TimeProvider.System).RunAsync(SiteStorage.From(sp), folder, CancellationToken.None));

    /// <summary>Receipt number → (stored name → SHA-256 of the bytes actually on disk, null when missing).</summary>
    public static Task<Dictionary<string, Dictionary<string, string?>>> ApplicationFilesAsync(SiteFactory site) =>
        site.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<DocumentStore>();
            var applications = await sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().AsNoTracking()
                .Include(a => a.Documents).ToListAsync();
            var result = new Dictionary<string, Dictionary<string, string?>>();
            foreach (var application in applications)
            {
                var files = new Dictionary<string, string?>();
                foreach (var name in application.Documents.SelectMany(d => new[] { d.StoredName, d.ThumbnailName }).OfType<string>())
                {
                    files[name] = store.Exists(name) ? await BackupManifest.Sha256Async(store.PathOf(name), CancellationToken.None) : null;
                }

                result[application.Number] = files;
            }

            return result;
        });
}
