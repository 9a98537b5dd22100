using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Data;

internal sealed class ContentItemVersionConfiguration : IEntityTypeConfiguration<ContentItemVersion>
{
    public void Configure(EntityTypeBuilder<ContentItemVersion> builder)
    {
        builder.ToTable("ContentItemVersions");
        builder.Property(v => v.ContentItemId).HasMaxLength(100);
        builder.Property(v => v.ContentType).HasMaxLength(50);
        builder.Property(v => v.Culture).HasMaxLength(10);
        builder.Property(v => v.TranslationSet).HasMaxLength(100);
        builder.Property(v => v.Slug).HasMaxLength(200);
        builder.Property(v => v.Title).HasMaxLength(500);
        builder.Property(v => v.Author).HasMaxLength(200);

        // The database itself refuses a second copy of a version, a second latest or a second published
        // version of an item: a recipe or a second node racing cannot create duplicates.
        builder.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
        builder.HasIndex(v => v.ContentItemId).IsUnique().HasFilter("\"Latest\"").HasDatabaseName("IX_ContentItemVersions_Latest");
        builder.HasIndex(v => v.ContentItemId).IsUnique().HasFilter("\"Published\"").HasDatabaseName("IX_ContentItemVersions_Published");
        builder.HasIndex(v => new { v.ContentType, v.Culture, v.Slug, v.Published });
        builder.HasIndex(v => v.TranslationSet);
    }
}
