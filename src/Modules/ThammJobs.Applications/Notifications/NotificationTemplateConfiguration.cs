using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThammJobs.Applications.Notifications;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> builder)
    {
        builder.ToTable("NotificationTemplates");
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Culture).HasMaxLength(8);
        builder.Property(t => t.Subject).HasMaxLength(NotificationTemplate.SubjectMaxLength);
        builder.Property(t => t.Body).HasMaxLength(NotificationTemplate.BodyMaxLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);

        // One template per stage and language: the seeder on two nodes cannot add it twice.
        builder.HasIndex(t => new { t.Stage, t.Culture }).IsUnique();
    }
}
