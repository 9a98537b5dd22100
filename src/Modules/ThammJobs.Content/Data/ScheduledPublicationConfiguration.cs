using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Data;

internal sealed class ScheduledPublicationConfiguration : IEntityTypeConfiguration<ScheduledPublication>
{
    public void Configure(EntityTypeBuilder<ScheduledPublication> builder)
    {
        builder.ToTable("ScheduledPublications");
        builder.Property(s => s.ContentItemId).HasMaxLength(100);
        builder.Property(s => s.Local).HasMaxLength(20);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.CancelledBy).HasMaxLength(256);

        // One pending schedule per item: scheduling again replaces it (two editors racing cannot leave two).
        builder.HasIndex(s => s.ContentItemId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_ScheduledPublications_Pending");
        builder.HasIndex(s => new { s.Status, s.DueUtc });
    }
}
