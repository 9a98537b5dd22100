using Microsoft.EntityFrameworkCore;

namespace ThammJobs.Core.Data;

/// <summary>The site's single database context; its model is the sum of the modules' contributions.</summary>
public sealed class ThammJobsDbContext(DbContextOptions<ThammJobsDbContext> options, IEnumerable<IModelContributor> contributors)
    : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var contributor in contributors)
        {
            contributor.Contribute(modelBuilder);
        }
    }
}
