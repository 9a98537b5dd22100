namespace ThammJobs.Content;

/// <summary>
/// Marker for the scheduling pages' strings (Resources/SchedulingStrings.fr|ar.resx), apart from ContentStrings so
/// that the editing and history pages, written at the same time, do not edit the same resource file.
/// </summary>
public sealed class SchedulingStrings;
