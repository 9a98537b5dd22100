using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Search;

namespace ThammJobs.Web.Backups;

/// <summary>
/// Where this node keeps what a backup covers: the SQLite file (null on PostgreSQL), the candidate files' root
/// (<c>ThammJobs:Applications:FilesFolder</c>, default <c>{DataFolder}/applications</c>) and the local search
/// index folder (not backed up: it is rebuilt from the database).
/// </summary>
internal sealed record SiteStorage(string? DatabasePath, string FilesRoot, string SearchIndexFolder)
{
    public bool IsSqlite => DatabasePath is not null;

    public static SiteStorage From(IServiceProvider services)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        var databasePath = db.Database.IsSqlite()
            ? Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource)
            : null;
        return new SiteStorage(
            databasePath,
            services.GetRequiredService<DocumentStore>().Root,
            services.GetRequiredService<SearchOptions>().IndexFolder);
    }

    /// <summary>The layout of a site whose data folder holds everything (the defaults).</summary>
    public static SiteStorage InDataFolder(string dataFolder) => new(
        Path.Combine(dataFolder, "thammjobs.db"),
        Path.Combine(dataFolder, "applications"),
        Path.Combine(dataFolder, "search"));
}
