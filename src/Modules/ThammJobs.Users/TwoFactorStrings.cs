namespace ThammJobs.Users;

/// <summary>Marker for the two-factor pages' strings (Resources/TwoFactorStrings.fr|ar.resx).</summary>
public sealed class TwoFactorStrings;
