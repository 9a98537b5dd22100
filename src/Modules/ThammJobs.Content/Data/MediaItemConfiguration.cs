using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Content.Models;

namespace ThammJobs.Content.Data;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(32);
        builder.Property(m => m.StoredName).HasMaxLength(64);
        builder.Property(m => m.OriginalName).HasMaxLength(255);
        builder.Property(m => m.ContentType).HasMaxLength(32);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.AltFr).HasMaxLength(MediaItemLimits.AltLength);
        builder.Property(m => m.AltAr).HasMaxLength(MediaItemLimits.AltLength);
        builder.Property(m => m.CreatedBy).HasMaxLength(200);
        builder.HasIndex(m => m.CreatedUtc);
    }
}

internal static class MediaItemLimits
{
    public const int AltLength = 300;
}
