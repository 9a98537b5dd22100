namespace ThammJobs.Audit.Models;

/// <summary>
/// One line of the audit trail. <see cref="Details"/> is JSON: a list of <c>{ "field", "before", "after" }</c>.
/// Lines are only ever added: the trail is evidence, nobody edits it from the site.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>The signed-in person's user name (e-mail); null for the system (start-up seeding, command line).</summary>
    public string? Actor { get; set; }

    public required string Category { get; set; }
    public required string Action { get; set; }
    public required string SubjectType { get; set; }
    public required string SubjectId { get; set; }
    public string? Culture { get; set; }
    public string? Details { get; set; }
}
