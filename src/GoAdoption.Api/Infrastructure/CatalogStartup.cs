using GoAdoption.Api.Data;
using GoAdoption.Api.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Infrastructure;

internal static class CatalogStartup
{
    /// <summary>
    /// Migrates the catalog (which also seeds the domain taxonomy) and reads its version, before the server listens; the
    /// import itself runs after (see <see cref="StartupImport"/>).
    /// </summary>
    public static async Task InitializeCatalogAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.MigrateCatalogAsync(cancellationToken);
        await services.GetRequiredService<CatalogVersion>().RefreshAsync(cancellationToken);
    }

    /// <summary>Creates the database folder and applies pending migrations, which also seeds the domain taxonomy.</summary>
    public static async Task MigrateCatalogAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        EnsureDatabaseFolder(services.GetRequiredService<IOptions<CatalogOptions>>().Value.ConnectionString);
        await services.GetRequiredService<CatalogDbContext>().Database.MigrateAsync(cancellationToken);
    }

    private static void EnsureDatabaseFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.IsPathRooted(dataSource) ? Path.GetDirectoryName(dataSource) : null;
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
