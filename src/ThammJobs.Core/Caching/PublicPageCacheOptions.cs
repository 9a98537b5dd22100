namespace ThammJobs.Core.Caching;

/// <summary><c>ThammJobs:OutputCache</c>: the cache of anonymous public pages (docs/deployment.md).</summary>
public sealed class PublicPageCacheOptions
{
    /// <summary>False: every page is rendered for every request (the middleware is not even added).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest life of an entry; a deadline or a content change ends it sooner.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a node checks the database for changes made by other nodes (the search index polls as often).</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Memory the cached responses may take on this node (compressed bytes, per variant).</summary>
    public long SizeLimitMegabytes { get; set; } = 100;
}
