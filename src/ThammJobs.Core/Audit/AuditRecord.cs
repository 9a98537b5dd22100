namespace ThammJobs.Core.Audit;

/// <summary>
/// One thing that happened. <see cref="Category"/> groups a module's entries (<c>content</c>, later
/// <c>applications</c>); <see cref="Action"/> is the verb (<c>created</c>, <c>published</c>…); the subject is
/// what it happened to. <see cref="Actor"/> null means "the signed-in person, or the system when nobody is".
/// </summary>
public sealed record AuditRecord(
    string Category,
    string Action,
    string SubjectType,
    string SubjectId,
    string? Culture = null,
    IReadOnlyList<AuditChange>? Changes = null,
    string? Actor = null);

/// <summary>A field's value before and after (null: the field had no value, or did not exist yet).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
