using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Web.Data;

/// <summary>
/// The database provider. SQLite (one file in the data folder, WAL mode) is the embedded default; a second
/// provider (PostgreSQL) will come with its own migrations assembly, chosen by <c>ThammJobs:Database:Provider</c>.
/// </summary>
internal static class DatabaseSetup
{
    public static IServiceCollection AddThammJobsDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["ThammJobs:Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database provider '{provider}' is not supported yet; use Sqlite.");
        }

        var connectionString = SqliteConnectionString(configuration, environment);
        services.AddDbContext<ThammJobsDbContext>(options => options.UseSqlite(connectionString, sqlite =>
            sqlite.MigrationsAssembly(typeof(DatabaseSetup).Assembly.GetName().Name)));
        return services;
    }

    /// <summary>Data folder from <c>ThammJobs:DataFolder</c>, else <c>App_Data</c> under the content root.</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["ThammJobs:DataFolder"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? Path.Combine(environment.ContentRootPath, "App_Data") : folder, environment.ContentRootPath);
    }

    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = DataFolder(configuration, environment);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "thammjobs.db"), Pooling = true }.ToString();
    }

    /// <summary>Applies pending migrations, then switches the file to WAL (persistent, so once is enough).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
