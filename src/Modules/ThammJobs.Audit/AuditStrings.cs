namespace ThammJobs.Audit;

/// <summary>Marker for the audit module's strings (Resources/AuditStrings.fr|ar.resx).</summary>
public sealed class AuditStrings;
