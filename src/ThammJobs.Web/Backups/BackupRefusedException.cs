namespace ThammJobs.Web.Backups;

/// <summary>A backup or restore that cannot or must not go ahead; the message says why and what to do.</summary>
internal sealed class BackupRefusedException(string message) : Exception(message)
{
    public const string PostgreSqlAdvice =
        "La base est PostgreSQL : sauvegardez-la avec pg_dump -Fc (restauration : pg_restore) et copiez le dossier " +
        "partagé des fichiers de candidature ; voir docs/deployment.md, section « Backups ».";
}
