namespace ThammJobs.Core.Audit;

/// <summary>
/// The site's audit trail: who did what to which subject, and what each field was before and after. Modules
/// write to it through this contract only (the Audit module stores and shows it), so content today and the
/// recruitment workflow later (file views, downloads, transitions) share one journal without referencing
/// each other.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Adds the entry to the current unit of work without saving it: it commits or rolls back with the change it
    /// describes (the caller's <c>SaveChanges</c> and transaction). The actor defaults to the signed-in person.
    /// </summary>
    void Record(AuditRecord record);
}
