using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Audit.Models;

namespace ThammJobs.Audit.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Category).HasMaxLength(50);
        builder.Property(e => e.Action).HasMaxLength(50);
        builder.Property(e => e.SubjectType).HasMaxLength(100);
        builder.Property(e => e.SubjectId).HasMaxLength(200);
        builder.Property(e => e.Culture).HasMaxLength(10);

        // The journal lists newest first, filtered by category, actor or subject.
        builder.HasIndex(e => e.CreatedUtc);
        builder.HasIndex(e => new { e.Category, e.CreatedUtc });
        builder.HasIndex(e => new { e.SubjectId, e.CreatedUtc });
        builder.HasIndex(e => new { e.Actor, e.CreatedUtc });
    }
}
