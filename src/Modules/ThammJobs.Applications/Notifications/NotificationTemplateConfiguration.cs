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

        builder.Property(t => t.OfferSet).HasMaxLength(100);

        // One general template per stage and language: the seeder on two nodes cannot add it twice. Nulls are
        // distinct in a unique index (both providers), hence the filtered pair instead of one index on three columns.
        builder.HasIndex(t => new { t.Stage, t.Culture }).IsUnique().HasFilter("\"OfferSet\" IS NULL").HasDatabaseName("IX_NotificationTemplates_General");
        builder.HasIndex(t => new { t.OfferSet, t.Stage, t.Culture }).IsUnique().HasFilter("\"OfferSet\" IS NOT NULL").HasDatabaseName("IX_NotificationTemplates_Offer");
    }
}
