namespace ThammJobs.Applications;

/// <summary>Marker for the applications module's UI and e-mail strings (Resources/ApplicationStrings.fr|ar.resx).</summary>
public sealed class ApplicationStrings;
