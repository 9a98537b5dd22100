using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThammJobs.Core.Rules;

internal sealed class RuleRunConfiguration : IEntityTypeConfiguration<RuleRun>
{
    public void Configure(EntityTypeBuilder<RuleRun> builder)
    {
        builder.ToTable("RuleRuns");
        builder.Property(r => r.Rule).HasMaxLength(100);
        builder.Property(r => r.Occurrence).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Node).HasMaxLength(100);
        builder.Property(r => r.Summary).HasMaxLength(RuleRun.MaxSummaryLength);

        // The claim: the database refuses a second run of the same occurrence, whichever node inserts it.
        builder.HasIndex(r => new { r.Rule, r.Occurrence }).IsUnique();
        builder.HasIndex(r => r.StartedUtc);
    }
}
