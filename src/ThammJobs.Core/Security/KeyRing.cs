using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Data;

namespace ThammJobs.Core.Security;

/// <summary>Data Protection keys in the database, under one application name shared by every node.</summary>
public static class KeyRing
{
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("ThammJobs")
            .PersistKeysToDbContext<ThammJobsDbContext>();
        return services;
    }
}
