using GoAdoption.Api.Data;
using GoAdoption.Api.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoAdoption.Api.Infrastructure;

internal static partial class CatalogStartup
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

    /// <summary>
    /// Creates the database folder and applies pending migrations, which also seeds the domain taxonomy. A read-only
    /// catalog that needs no migration is served read-only (see <see cref="CatalogAccess"/>).
    /// </summary>
    /// <exception cref="CatalogUnavailableException">The catalog cannot be opened, or is read-only and older than this build.</exception>
    public static async Task MigrateCatalogAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<CatalogDbContext>();
        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, services.GetRequiredService<IOptions<CatalogOptions>>().Value.ConnectionString, cancellationToken);
            return;
        }
        try
        {
            EnsureDatabaseFolder(services.GetRequiredService<IOptions<CatalogOptions>>().Value.ConnectionString);
            if (await IsReadOnlyAsync(db, cancellationToken))
            {
                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                    throw new CatalogUnavailableException(
                        "The catalog is read-only and older than this build (it needs migrations, which write); open it writable once, or serve it with the build that wrote it.");
                var reason = "The catalog is read-only (a read-only file or mount, or Mode=ReadOnly in ConnectionStrings:Catalog): reads are served, imports are disabled.";
                services.GetRequiredService<CatalogAccess>().SetReadOnly(reason);
                LogReadOnly(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CatalogStartup)), reason);
                return;
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            var why = e is SqliteException sqlite ? $"SQLite error {sqlite.SqliteErrorCode}: {SQLitePCL.raw.sqlite3_errstr(sqlite.SqliteErrorCode).utf8_to_string()}" : "the folder cannot be created";
            throw new CatalogUnavailableException(
                $"The catalog named by ConnectionStrings:Catalog cannot be opened or created ({why}); check that it is a database file, not a folder, and that its folder is writable.");
        }
    }

    // Several instances may start together on one server: the database is created first, where a rival's creation of it
    // counts as done, and then the migrations' own lock (EF Core 9 and later) lets one apply them while the others wait.
    private static async Task MigratePostgresAsync(CatalogDbContext db, string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await EnsurePostgresDatabaseAsync(connectionString, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new CatalogUnavailableException(
                $"The PostgreSQL catalog named by ConnectionStrings:Catalog cannot be reached or migrated ({e.Message}); check the host, port, database and credentials, and that the server is running.");
        }
    }

    private static async Task EnsurePostgresDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var catalog = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(catalog.Database))
            return; // the server's default database, which exists
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException)
        {
            return; // an account kept out of the server's default database: the catalog's must exist already, or migrating says so
        }
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", catalog.Database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
                return;
        }
        try
        {
            var name = new NpgsqlCommandBuilder().QuoteIdentifier(catalog.Database);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it between the look and the creation.
        }
    }

    // SQLite says whether it opened the file read-only (Mode=ReadOnly, or a file it may not write); a database that does
    // not exist yet is created writable.
    private static async Task<bool> IsReadOnlyAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason}")]
    private static partial void LogReadOnly(ILogger logger, string reason);

    private static void EnsureDatabaseFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.IsPathRooted(dataSource) ? Path.GetDirectoryName(dataSource) : null;
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}

/// <summary>The catalog cannot be served at all; the message says why and what to check.</summary>
public sealed class CatalogUnavailableException(string message) : Exception(message);
