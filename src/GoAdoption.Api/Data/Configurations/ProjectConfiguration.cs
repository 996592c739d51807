using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoAdoption.Api.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.NameKey).HasMaxLength(300);
        builder.HasIndex(p => new { p.NameKey, p.Name });
        builder.Property(p => p.Category).HasMaxLength(200);
        builder.Property(p => p.ParentSlug).HasMaxLength(200);
        builder.Property(p => p.Repository).HasMaxLength(200);
        builder.Property(p => p.Website).HasMaxLength(253);
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.ProjectId);
        builder.HasMany(p => p.Domains).WithMany(d => d.Projects).UsingEntity("ProjectDomains");
    }
}

internal sealed class ProjectAliasConfiguration : IEntityTypeConfiguration<ProjectAlias>
{
    public void Configure(EntityTypeBuilder<ProjectAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NameKey).HasMaxLength(300);
        builder.HasIndex(a => new { a.ProjectId, a.SourceId, a.NameKey }).IsUnique();
        builder.HasIndex(a => a.NameKey);
    }
}
