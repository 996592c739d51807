using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoAdoption.Api.Data.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.Property(m => m.AsWritten).HasMaxLength(300);
        builder.HasOne(m => m.Company).WithMany(c => c.Mentions).HasForeignKey(m => m.CompanyId);
        builder.HasOne(m => m.Project).WithMany(p => p.Mentions).HasForeignKey(m => m.ProjectId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Mentions_OneSubject", "(\"CompanyId\" IS NULL) <> (\"ProjectId\" IS NULL)"));
    }
}

internal sealed class UseCaseConfiguration : IEntityTypeConfiguration<UseCase>
{
    public void Configure(EntityTypeBuilder<UseCase> builder)
    {
        builder.Property(u => u.System).HasMaxLength(500);
        builder.Property(u => u.MigratedFrom).HasMaxLength(50);
        builder.Property(u => u.MigratedFromKey).HasMaxLength(50);
        builder.HasIndex(u => u.MigratedFromKey);
        builder.HasOne(u => u.Company).WithMany(c => c.UseCases).HasForeignKey(u => u.CompanyId);
        builder.HasOne(u => u.Project).WithMany(p => p.UseCases).HasForeignKey(u => u.ProjectId);
        builder.HasOne(u => u.Domain).WithMany(d => d.UseCases).HasForeignKey(u => u.DomainId);
    }
}
