using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoAdoption.Api.Data.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.NameKey).HasMaxLength(300);
        // The importer finds companies by name key (another source's spelling of the same name).
        builder.HasIndex(c => new { c.NameKey, c.Name });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.ParentSlug).HasMaxLength(200);
        builder.HasMany(c => c.Aliases).WithOne().HasForeignKey(a => a.CompanyId);
        builder.HasMany(c => c.Domains).WithMany(d => d.Companies).UsingEntity("CompanyDomains");
    }
}

internal sealed class CompanyAliasConfiguration : IEntityTypeConfiguration<CompanyAlias>
{
    public void Configure(EntityTypeBuilder<CompanyAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NameKey).HasMaxLength(300);
        builder.HasIndex(a => new { a.CompanyId, a.SourceId, a.NameKey }).IsUnique();
        builder.HasIndex(a => a.NameKey);
    }
}
