using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Data;

/// <summary>
/// The catalog on PostgreSQL (<c>Catalog:Provider</c> = <c>postgres</c>): the same tables, columns and indexes, with its
/// own migrations under <c>Data/Migrations/Postgres</c>.
/// </summary>
public sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Text compares and sorts by code point, as SQLite's BINARY collation does, whatever locale the server was
        // created with: lists come out in the same order on both stores, and lower() folds ASCII only, as SQLite's does.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)))
            property.SetCollation("C");
    }
}
