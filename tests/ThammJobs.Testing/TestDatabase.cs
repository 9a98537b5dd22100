using Npgsql;
using Xunit;

namespace ThammJobs.Testing;

/// <summary>
/// A throw-away database for one test: a SQLite file in a temporary folder, or a fresh PostgreSQL database
/// on the server named by <c>THAMMJOBS_TEST_POSTGRES</c> (default: postgres/postgres on 127.0.0.1:5432).
/// Without a reachable PostgreSQL the test is skipped, except under <c>CI=true</c> where it fails.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string?> PostgresProblem = new(ProbePostgres);

    private TestDatabase(DatabaseKind kind, string dataFolder, string? postgresName)
    {
        Kind = kind;
        DataFolder = dataFolder;
        PostgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string DataFolder { get; }

    public string? PostgresName { get; }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("THAMMJOBS_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=5";

    public static TestDatabase Create(DatabaseKind kind = DatabaseKind.Sqlite)
    {
        var folder = TempFolder.Create();
        if (kind == DatabaseKind.Sqlite)
        {
            return new TestDatabase(kind, folder, null);
        }

        RequirePostgres();
        var name = "thammjobs_test_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return new TestDatabase(kind, folder, name);
    }

    /// <summary>The configuration a site needs to use this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("ThammJobs:DataFolder", DataFolder);
        if (Kind == DatabaseKind.PostgreSql)
        {
            yield return new("ThammJobs:Database:Provider", "PostgreSql");
            yield return new("ConnectionStrings:PostgreSql", new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = PostgresName }.ToString());
        }
    }

    public void Dispose()
    {
        if (PostgresName is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static void RequirePostgres()
    {
        if (PostgresProblem.Value is not { } problem)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"PostgreSQL is required under CI=true: {problem}");
        }

        Assert.Skip($"PostgreSQL not reachable ({problem}); set THAMMJOBS_TEST_POSTGRES or run .ci/run");
    }

    private static string? ProbePostgres()
    {
        try
        {
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            return exception.Message;
        }
    }
}
