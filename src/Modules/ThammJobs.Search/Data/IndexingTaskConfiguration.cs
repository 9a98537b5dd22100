using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Data;

internal sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> builder)
    {
        builder.ToTable("IndexingTasks");
        builder.Property(t => t.ContentItemId).HasMaxLength(100);
        builder.HasIndex(t => t.CreatedUtc);
    }
}
