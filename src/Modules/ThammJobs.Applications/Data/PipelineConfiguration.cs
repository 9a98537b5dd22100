using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Data;

internal sealed class ApplicationTransitionConfiguration : IEntityTypeConfiguration<ApplicationTransition>
{
    public void Configure(EntityTypeBuilder<ApplicationTransition> builder)
    {
        builder.ToTable("ApplicationTransitions");
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Actor).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.ActorId).HasMaxLength(450);
        builder.Property(t => t.ActorName).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.HasOne<Application>().WithMany().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RejectionReason>().WithMany().HasForeignKey(t => t.ReasonId).OnDelete(DeleteBehavior.Restrict);

        // One row per version: two nodes cannot both record the same step.
        builder.HasIndex(t => new { t.ApplicationId, t.Version }).IsUnique();
    }
}

internal sealed class RejectionReasonConfiguration : IEntityTypeConfiguration<RejectionReason>
{
    public void Configure(EntityTypeBuilder<RejectionReason> builder)
    {
        builder.ToTable("RejectionReasons");
        builder.Property(r => r.LabelFr).HasMaxLength(200);
        builder.Property(r => r.LabelAr).HasMaxLength(200);
    }
}

internal sealed class ApplicationReviewerConfiguration : IEntityTypeConfiguration<ApplicationReviewer>
{
    public void Configure(EntityTypeBuilder<ApplicationReviewer> builder)
    {
        builder.ToTable("ApplicationReviewers");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApplicationId, r.UserId }).IsUnique();
        builder.HasIndex(r => r.UserId);
    }
}
