using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Data;

internal sealed class RecipeRunConfiguration : IEntityTypeConfiguration<RecipeRun>
{
    public void Configure(EntityTypeBuilder<RecipeRun> builder)
    {
        builder.ToTable("RecipeRuns");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasIndex(r => r.Name);
    }
}
