using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Security;

namespace ThammJobs.Core.Data;

/// <summary>
/// The site's single database context; its model is the sum of the modules' contributions. It also holds the
/// Data Protection key ring, so every web node signs and reads the same cookies, antiforgery tokens and links, and
/// the staff accounts (ASP.NET Core Identity: users, roles, and role claims for permissions).
/// </summary>
public sealed class ThammJobsDbContext(DbContextOptions<ThammJobsDbContext> options, IEnumerable<IModelContributor> contributors)
    : IdentityDbContext<StaffUser, StaffRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredCulture).HasMaxLength(5);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        foreach (var contributor in contributors)
        {
            contributor.Contribute(modelBuilder);
        }
    }
}
