using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoAdoption.Api.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasIndex(s => s.FileName).IsUnique();
        builder.Property(s => s.FileName).HasMaxLength(500);
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(s => s.Content).WithOne().HasForeignKey<SourceContent>(c => c.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.IngestorBuild).HasMaxLength(64);
        builder.HasIndex(s => s.Status);
        builder.HasMany(s => s.Mentions).WithOne(m => m.Source).HasForeignKey(m => m.SourceId);
        builder.HasMany(s => s.UseCases).WithOne(u => u.Source).HasForeignKey(u => u.SourceId);
        builder.HasMany(s => s.Claims).WithOne(c => c.Source).HasForeignKey(c => c.SourceId);
        builder.HasMany<CompanyAlias>().WithOne().HasForeignKey(a => a.SourceId);
        builder.HasMany<ProjectAlias>().WithOne().HasForeignKey(a => a.SourceId);
        builder.HasOne(s => s.SubjectCompany).WithMany().HasForeignKey(s => s.SubjectCompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.SubjectProject).WithMany().HasForeignKey(s => s.SubjectProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SourceContentConfiguration : IEntityTypeConfiguration<SourceContent>
{
    public void Configure(EntityTypeBuilder<SourceContent> builder) => builder.HasKey(c => c.SourceId);
}

internal sealed class CatalogStateConfiguration : IEntityTypeConfiguration<CatalogState>
{
    public void Configure(EntityTypeBuilder<CatalogState> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(200);
    }
}
