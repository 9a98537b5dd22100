using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ThammJobs.Web.Composition;

/// <summary>
/// How much of a request Kestrel reads ahead of the application, per connection. The default (1 MB) is pinned memory:
/// with 50 candidates uploading 9 MB each at once, bench/uploads.sh saw 36–39 MB of Kestrel's 4 KB blocks on the
/// pinned object heap while the requests queued for the CPU. 64 KB still holds any request line and headers
/// (Kestrel's limits: 8 KB and 32 KB); past it the sender simply waits for the application to read, which is where
/// an upload's bytes go anyway (ASP.NET Core writes form files above 64 KB to disk).
/// </summary>
internal static class RequestBuffering
{
    public const long MaxRequestBufferBytes = 64 * 1024;

    public static void Apply(KestrelServerOptions options) => options.Limits.MaxRequestBufferSize = MaxRequestBufferBytes;
}
