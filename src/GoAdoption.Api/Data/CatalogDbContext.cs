using GoAdoption.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GoAdoption.Api.Data;

/// <summary>
/// The catalog on SQLite, the default store. <see cref="PostgresCatalogDbContext"/> is the same model on PostgreSQL, a type
/// of its own so that each provider keeps its own migrations.
/// </summary>
public class CatalogDbContext : DbContext
{
    public CatalogDbContext(DbContextOptions<CatalogDbContext> options)
        : base(options)
    {
    }

    protected CatalogDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<SourceContent> SourceContents => Set<SourceContent>();

    public DbSet<CatalogState> CatalogState => Set<CatalogState>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyAlias> CompanyAliases => Set<CompanyAlias>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectAlias> ProjectAliases => Set<ProjectAlias>();

    public DbSet<Entities.Domain> Domains => Set<Entities.Domain>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<UseCase> UseCases => Set<UseCase>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Passage> Passages => Set<Passage>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    /// <summary>Sets one <see cref="Entities.CatalogState"/> row, in the caller's transaction if it has one.</summary>
    public async Task SetStateAsync(string key, string value, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync(
            $"""INSERT INTO "CatalogState" ("Key", "Value") VALUES ({key}, {value}) ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value" """,
            cancellationToken);

    /// <summary>One <see cref="Entities.CatalogState"/> value; null when the row was never written.</summary>
    public Task<string?> StateAsync(string key, CancellationToken cancellationToken) =>
        CatalogState.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite keeps no time zone: every DateTime is written as UTC and read back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
