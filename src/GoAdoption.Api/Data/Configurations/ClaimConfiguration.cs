using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoAdoption.Api.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.System).HasMaxLength(500);
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Statistic).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Consistency).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Bound).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CrossSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.MigratedFrom).HasMaxLength(50);
        builder.Property(c => c.MigratedFromKey).HasMaxLength(50);
        // metric and metric+statistic filters, and their counts, read the index alone.
        builder.HasIndex(c => new { c.Metric, c.Statistic });
        builder.HasIndex(c => c.MigratedFromKey);
        builder.HasIndex(c => c.ChangePercent);
        builder.Property(c => c.RestatedAt).HasConversion(
                statements => ClaimStatements.Write(statements),
                json => ClaimStatements.Read(json),
                new ValueComparer<List<ClaimStatement>>(
                    (a, b) => a!.SequenceEqual(b!),
                    statements => statements.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode())),
                    statements => statements.ToList()))
            .HasDefaultValue(new List<ClaimStatement>());
        builder.HasOne(c => c.Company).WithMany(c => c.Claims).HasForeignKey(c => c.CompanyId);
        builder.HasOne(c => c.Project).WithMany(p => p.Claims).HasForeignKey(c => c.ProjectId);
    }
}
