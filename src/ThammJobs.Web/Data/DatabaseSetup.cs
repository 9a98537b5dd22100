using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThammJobs.Core;
using ThammJobs.Core.Data;

namespace ThammJobs.Web.Data;

/// <summary>
/// The database provider, chosen by <c>ThammJobs:Database:Provider</c>: SQLite (one file in the data folder,
/// WAL mode) is the embedded default; PostgreSQL is the shared database of several web nodes. Each provider
/// has its own migrations: SQLite's in this assembly, PostgreSQL's in ThammJobs.Migrations.PostgreSql.
/// Modules hook into the database through <see cref="IInterceptor"/> services (e.g. search wakes its indexer
/// after a commit).
/// </summary>
internal static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static IServiceCollection AddThammJobsDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["ThammJobs:Database:Provider"] ?? Sqlite;
        if (provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(configuration, environment);
            services.AddDbContext<ThammJobsDbContext>((sp, options) => options.UseSqlite(connectionString, sqlite =>
                sqlite.MigrationsAssembly(typeof(DatabaseSetup).Assembly.GetName().Name)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else if (provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            // Design-time tools (migrations add) need no server; a running site needs the real string.
            var connectionString = configuration.GetConnectionString(PostgreSql) ?? "Host=localhost;Database=thammjobs;Username=thammjobs";
            services.AddDbContext<ThammJobsDbContext>((sp, options) => options.UseNpgsql(connectionString, npgsql =>
                npgsql.MigrationsAssembly("ThammJobs.Migrations.PostgreSql")).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Unknown database provider '{provider}': use {Sqlite} or {PostgreSql}.");
        }

        return services;
    }

    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = SiteFolders.DataFolder(configuration, environment);
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
