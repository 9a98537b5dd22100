namespace ThammJobs.Content;

/// <summary>Marker for the content module's UI strings (Resources/ContentStrings.fr|ar.resx).</summary>
public sealed class ContentStrings;
