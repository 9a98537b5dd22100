using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
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

    /// <summary>
    /// On PostgreSQL, a session-level advisory lock held from before the migrations to after the start-up tasks, so
    /// that nodes started together prepare the database one after the other: EF Core's own migration lock is taken
    /// per transaction and did not stop two fresh nodes from both creating the tables ("relation … already exists"),
    /// and the start-up tasks (roles, first administrator, seeding) check-then-insert. The lock dies with the session,
    /// so a node killed while starting does not block the others. Nothing to do on SQLite (one node).
    /// </summary>
    public static async Task<IAsyncDisposable?> StartupLockAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<ThammJobsDbContext>();
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Any constant shared by every node of a site ("ThammJob" in ASCII).</summary>
    private const long StartupLockKey = 0x5468616D6D4A6F62;

    private sealed class StartupLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({StartupLockKey})", connection);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
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
