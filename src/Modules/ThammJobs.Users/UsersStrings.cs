namespace ThammJobs.Users;

/// <summary>Marker for the users module's strings (Resources/UsersStrings.fr|ar.resx).</summary>
public sealed class UsersStrings;
