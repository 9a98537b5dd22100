using Microsoft.Data.Sqlite;

namespace ThammJobs.Web.Backups;

/// <summary>What a database snapshot holds that the backup needs: the stored files it names, and a few counts.</summary>
internal sealed record SnapshotContents(IReadOnlyList<string> StoredNames, int Applications, int ContentItems, string? LastMigration)
{
    public static async Task<SnapshotContents> ReadAsync(string databasePath, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);

        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT "StoredName" FROM "ApplicationDocuments"
                UNION SELECT "ThumbnailName" FROM "ApplicationDocuments" WHERE "ThumbnailName" IS NOT NULL
                ORDER BY 1
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        return new SnapshotContents(
            names,
            Convert.ToInt32(await ScalarAsync(connection, """SELECT COUNT(*) FROM "Applications" """, cancellationToken), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(await ScalarAsync(connection, """SELECT COUNT(DISTINCT "ContentItemId") FROM "ContentItemVersions" """, cancellationToken), System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync(connection, """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""", cancellationToken) as string);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
