using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GoAdoption.Api.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the API (which would migrate and import).</summary>
internal sealed class DesignTimeCatalogDbContextFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite("Data Source=catalog.db").Options);
}

/// <summary>
/// The PostgreSQL model for <c>dotnet ef migrations add … --context PostgresCatalogDbContext</c>; adding a migration
/// connects to no server.
/// </summary>
internal sealed class DesignTimePostgresCatalogDbContextFactory : IDesignTimeDbContextFactory<PostgresCatalogDbContext>
{
    public PostgresCatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql("Host=localhost;Database=goadoption").Options);
}
