using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace ThammJobs.Web.Composition;

/// <summary>
/// How much of a request is read ahead of the application, per connection. Both defaults are 1 MB of pinned 4 KB
/// blocks: with 50 candidates uploading 9 MB each at once, the blocks queued while the requests waited for the CPU.
/// 64 KB still holds any request line and headers (Kestrel's limits: 8 KB and 32 KB); past it the sender simply
/// waits for the application to read, which is where an upload's bytes go anyway (ASP.NET Core writes form files
/// above 64 KB to disk).
/// <para>
/// Two limits, because plain HTTP/1.1 never sees the first one: <see cref="KestrelServerLimits.MaxRequestBufferSize"/>
/// only sizes the pipe of connection middleware (TLS, HTTP/2), while a plain connection is read straight from the
/// socket transport's pipe, sized by <see cref="SocketTransportOptions.MaxReadBufferSize"/>. With only the first set,
/// bench/uploads.sh still measured 46 MB on the pinned object heap in a round of 50 (dotnet-counters, 27 November);
/// with both, see docs/benchmarks.md, "Uploads".
/// </para>
/// </summary>
internal static class RequestBuffering
{
    public const long MaxRequestBufferBytes = 64 * 1024;

    public static void Apply(IWebHostBuilder webHost)
    {
        webHost.ConfigureKestrel(options => options.Limits.MaxRequestBufferSize = MaxRequestBufferBytes);
        webHost.UseSockets(options => options.MaxReadBufferSize = MaxRequestBufferBytes);
    }
}
