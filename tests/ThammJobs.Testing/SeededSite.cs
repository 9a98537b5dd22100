namespace ThammJobs.Testing;

/// <summary>A shared, read-only site with the THAMM+ recipe seeded, for test classes that only read pages.</summary>
public sealed class SeededSite : SiteFactory
{
    public SeededSite()
        : base(database: null, now: null)
    {
    }
}
