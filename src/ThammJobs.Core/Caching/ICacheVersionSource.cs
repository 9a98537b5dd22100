namespace ThammJobs.Core.Caching;

/// <summary>
/// One part of every public page's cache key, provided by the module that knows when its data changes (content
/// generation and next deadline, search index cursor). When a token changes, entries made under the old one are
/// never served again: nothing has to be found and deleted, and a page rendered from old data while the change
/// was committing can only be stored under the old token.
/// </summary>
public interface ICacheVersionSource
{
    /// <summary>Short name of this part of the key (letters only).</summary>
    string Name { get; }

    ValueTask<CacheVersion> GetAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>The current token, and the instant it stops being valid by itself (a deadline), if any.</summary>
public readonly record struct CacheVersion(string Token, DateTimeOffset? ValidUntil);
