using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Caching;

namespace ThammJobs.Content.Caching;

/// <summary>
/// This node's count of content and settings changes seen so far: moved after this node commits one
/// (<see cref="ContentChangeInterceptor"/>) and when the database shows another node's (<see cref="ContentChangeWatcher"/>).
/// Public cache keys and the site chrome carry it, so moving it retires every cached page at once.
/// </summary>
public sealed class ContentGeneration(IServiceProvider services)
{
    /// <summary>The <c>SiteSettings</c> row every content change rewrites, in the change's own transaction: what other nodes watch.</summary>
    public const string SettingKey = "Content.Generation";

    private long current;

    public long Current => Interlocked.Read(ref current);

    /// <summary>The settings table as last read (<see cref="SettingsWatermark"/>): set at start-up, then by the watcher.</summary>
    internal string? Watermark { get; set; }

    public void Bump()
    {
        Interlocked.Increment(ref current);

        // The old entries can no longer be reached (their key has the old generation); free their memory now.
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            _ = store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None).AsTask();
        }
    }
}
