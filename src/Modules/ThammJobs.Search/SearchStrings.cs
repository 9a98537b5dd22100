namespace ThammJobs.Search;

/// <summary>Marker for the search module's UI strings (Resources/SearchStrings.fr|ar.resx).</summary>
public sealed class SearchStrings;
