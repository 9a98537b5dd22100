using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core;

namespace ThammJobs.Content.Recipes;

/// <summary>Seeds the content before the first request (see <see cref="ContentSeeder"/>).</summary>
internal sealed class SeedingStartupTask : IStartupTask
{
    public int Order => 10;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ContentSeeder>().SeedAsync(cancellationToken);
}
