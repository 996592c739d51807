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
