using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoAdoption.Api.Data.Configurations;

internal sealed class PassageConfiguration : IEntityTypeConfiguration<Passage>
{
    public void Configure(EntityTypeBuilder<Passage> builder)
    {
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.Source).WithMany(s => s.Passages).HasForeignKey(p => p.SourceId);
    }
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        // Derived data without foreign keys: rows are rewritten from the catalog, never the other way round.
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Key).HasMaxLength(200);
        builder.HasIndex(e => new { e.SourceId, e.Type });
        builder.HasIndex(e => e.Type);
    }
}
