namespace ThammJobs.Theme;

/// <summary>Marker for the theme's UI strings (Resources/ThemeStrings.fr|ar.resx).</summary>
public sealed class ThemeStrings;
