namespace ThammJobs.Testing;

public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
}
