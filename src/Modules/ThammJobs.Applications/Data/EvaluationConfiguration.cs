using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Data;

internal sealed class ApplicationEvaluationConfiguration : IEntityTypeConfiguration<ApplicationEvaluation>
{
    public void Configure(EntityTypeBuilder<ApplicationEvaluation> builder)
    {
        builder.ToTable("ApplicationEvaluations");
        builder.Property(e => e.ReviewerId).HasMaxLength(450);
        builder.Property(e => e.ReviewerName).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);

        // One scorecard per reviewer and application; the list's average is a sub-query on this index.
        builder.HasIndex(e => new { e.ApplicationId, e.ReviewerId }).IsUnique();
    }
}

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<ScheduledInterview>
{
    public void Configure(EntityTypeBuilder<ScheduledInterview> builder)
    {
        builder.ToTable("Interviews");
        builder.Property(i => i.OfferSet).HasMaxLength(200);
        builder.Property(i => i.TimeZone).HasMaxLength(64);
        builder.Property(i => i.Place).HasMaxLength(500);
        builder.Property(i => i.VideoUrl).HasMaxLength(1000);
        builder.Property(i => i.NoteToCandidate).HasMaxLength(2000);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ResultComment).HasMaxLength(2000);
        builder.Property(i => i.ResultByName).HasMaxLength(200);
        builder.Property(i => i.CreatedById).HasMaxLength(450);
        builder.Property(i => i.CreatedByName).HasMaxLength(200);
        builder.Ignore(i => i.Uid);
        builder.HasOne<Application>().WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Panel).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ApplicationId, i.Round });
        builder.HasIndex(i => new { i.OfferSet, i.StartUtc });   // the offer's agenda
    }
}

internal sealed class InterviewPanelistConfiguration : IEntityTypeConfiguration<InterviewPanelist>
{
    public void Configure(EntityTypeBuilder<InterviewPanelist> builder)
    {
        builder.ToTable("InterviewPanelists");
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}
