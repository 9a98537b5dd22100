using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Data;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Number).HasMaxLength(32);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => a.SubmissionKey).IsUnique();

        // One live application per offer and e-mail, even when two tabs submit at once on two nodes.
        builder.HasIndex(a => new { a.OfferSet, a.Email }).IsUnique().HasFilter("\"Live\"").HasDatabaseName("IX_Applications_Live");
        builder.HasIndex(a => new { a.OfferSet, a.SubmittedUtc });

        // The recruiter's list and board filter one offer by stage and count its stages.
        builder.HasIndex(a => new { a.OfferSet, a.Stage });
        builder.Property(a => a.StageVersion).IsConcurrencyToken();
        builder.Property(a => a.OfferSet).HasMaxLength(100);
        builder.Property(a => a.OfferItemId).HasMaxLength(100);
        builder.Property(a => a.OfferTitle).HasMaxLength(300);
        builder.Property(a => a.Culture).HasMaxLength(5);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.FrenchLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.ArabicLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.GivenName).HasMaxLength(100);
        builder.Property(a => a.FamilyName).HasMaxLength(100);
        builder.Property(a => a.GivenNameArabic).HasMaxLength(100);
        builder.Property(a => a.FamilyNameArabic).HasMaxLength(100);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.CountryOfResidence).HasMaxLength(2);
        builder.Property(a => a.Nationality).HasMaxLength(2);
        builder.Property(a => a.Message).HasMaxLength(4000);
        builder.HasMany(a => a.References).WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationReferenceConfiguration : IEntityTypeConfiguration<ApplicationReference>
{
    public void Configure(EntityTypeBuilder<ApplicationReference> builder)
    {
        builder.ToTable("ApplicationReferences");
        builder.Property(r => r.FullName).HasMaxLength(200);
        builder.Property(r => r.Organisation).HasMaxLength(200);
        builder.Property(r => r.Relationship).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Phone).HasMaxLength(20);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("ApplicationDocuments");
        builder.Property(d => d.Kind).HasMaxLength(50);
        builder.Property(d => d.OriginalName).HasMaxLength(255);
        builder.Property(d => d.StoredName).HasMaxLength(100);
        builder.Property(d => d.ThumbnailName).HasMaxLength(100);
        builder.Property(d => d.FileType).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.ScanStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ScanSignature).HasMaxLength(200);
        builder.Property(d => d.Flags).HasMaxLength(200);
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.HasIndex(d => d.ScanStatus);
        builder.HasOne<ApplicationDraft>().WithMany().HasForeignKey(d => d.DraftId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ApplicationDraftConfiguration : IEntityTypeConfiguration<ApplicationDraft>
{
    public void Configure(EntityTypeBuilder<ApplicationDraft> builder)
    {
        builder.ToTable("ApplicationDrafts");
        builder.Property(d => d.Token).HasMaxLength(64);
        builder.HasIndex(d => d.Token).IsUnique();
        builder.Property(d => d.OfferSet).HasMaxLength(100);
        builder.HasIndex(d => d.ExpiresUtc);
    }
}

internal sealed class ApplicationCounterConfiguration : IEntityTypeConfiguration<ApplicationCounter>
{
    public void Configure(EntityTypeBuilder<ApplicationCounter> builder)
    {
        builder.ToTable("ApplicationCounters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
