using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Data;

internal sealed class OfferAssignmentConfiguration : IEntityTypeConfiguration<OfferAssignment>
{
    public void Configure(EntityTypeBuilder<OfferAssignment> builder)
    {
        builder.ToTable("OfferAssignments");
        builder.Property(a => a.OfferSet).HasMaxLength(100);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.OfferSet, a.UserId }).IsUnique();
        builder.HasIndex(a => a.UserId);
    }
}
