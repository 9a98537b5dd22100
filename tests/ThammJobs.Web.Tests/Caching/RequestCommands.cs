using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Caching;

/// <summary>
/// Counts the database commands run while serving a request (not those of the background services): a request
/// answered from the cache runs none, a rendered page runs several. Proves a cache hit without timing anything.
/// </summary>
internal sealed class RequestCommands(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count_();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count_();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count_();
        return ValueTask.FromResult(result);
    }

    private void Count_()
    {
        if (requests.HttpContext is not null)
        {
            Interlocked.Increment(ref count);
        }
    }

    /// <summary>A site whose request commands are counted.</summary>
    public static SiteFactory Counted(SiteFactory site) => site.WithServices(services =>
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<RequestCommands>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<RequestCommands>());
        services.AddSingleton(sp => new SearchesRun(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
    });

    /// <summary>A visitor without cookies (a cookie alone keeps a request away from the cache).</summary>
    public static HttpClient Visitor(SiteFactory site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
}
