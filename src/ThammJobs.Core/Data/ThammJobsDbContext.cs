using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ThammJobs.Core.Data;

/// <summary>
/// The site's single database context; its model is the sum of the modules' contributions. It also holds the
/// Data Protection key ring, so every web node signs and reads the same cookies, antiforgery tokens and links.
/// </summary>
public sealed class ThammJobsDbContext(DbContextOptions<ThammJobsDbContext> options, IEnumerable<IModelContributor> contributors)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        foreach (var contributor in contributors)
        {
            contributor.Contribute(modelBuilder);
        }
    }
}
