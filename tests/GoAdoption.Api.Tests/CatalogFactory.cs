using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using GoAdoption.Api.Importing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GoAdoption.Api.Tests;

/// <summary>
/// Hosts the API on its own temporary catalog and seeds folder, set through configuration as an operator would. The
/// catalog is a SQLite file, or, when <c>GOADOPTION_TEST_PROVIDER</c> is <c>postgres</c>, a database of its own on the
/// PostgreSQL server <c>GOADOPTION_TEST_POSTGRES</c> names (an Npgsql connection string without a database), so the same
/// tests run on either store. Disposing it deletes both.
/// </summary>
public sealed class CatalogFactory : WebApplicationFactory<Program>
{
    /// <summary>The store every factory of this test run uses.</summary>
    public static CatalogProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable("GOADOPTION_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? CatalogProvider.Postgres
            : CatalogProvider.Sqlite;

    private static readonly string PostgresServer =
        Environment.GetEnvironmentVariable("GOADOPTION_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    private readonly string _environment;
    private readonly bool _importOnStart;
    private readonly string? _curationPath;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _waitForStartupImport;

    /// <param name="seedsPath">Folder to import; null for a new empty temporary folder (see <see cref="SeedsPath"/>).</param>
    /// <param name="environment">Development (what WebApplicationFactory defaults to) or Production.</param>
    /// <param name="workDirectory">Reuse the database of an earlier factory, as a restarted API would.</param>
    /// <param name="importOnStart">Catalog:ImportOnStart.</param>
    /// <param name="curationPath">Catalog:CurationPath; null for none.</param>
    /// <param name="settings">More configuration, key by key (Cors:AllowedOrigins:0 …).</param>
    /// <param name="waitForStartupImport">
    /// Hand out clients only once the startup import (which runs after the server listens) is done, as most tests read
    /// what it imported; off for tests of the service while it imports.
    /// </param>
    public CatalogFactory(string? seedsPath = null, string environment = "Development", string? workDirectory = null, bool importOnStart = true,
        string? curationPath = null, IReadOnlyDictionary<string, string?>? settings = null, bool waitForStartupImport = true)
    {
        _waitForStartupImport = waitForStartupImport;
        _curationPath = curationPath;
        _settings = settings ?? new Dictionary<string, string?>();
        WorkDirectory = workDirectory ?? Directory.CreateTempSubdirectory("goadoption-api-tests-").FullName;
        OwnsWorkDirectory = workDirectory is null;
        SeedsPath = seedsPath ?? Directory.CreateDirectory(Path.Combine(WorkDirectory, "seeds")).FullName;
        DatabasePath = Path.Combine(WorkDirectory, "catalog.db");
        _environment = environment;
        _importOnStart = importOnStart;
    }

    public string WorkDirectory { get; }

    public string SeedsPath { get; }

    /// <summary>The SQLite file; on PostgreSQL, unused.</summary>
    public string DatabasePath { get; }

    /// <summary>ConnectionStrings:Catalog: the file, or this work directory's own database on the PostgreSQL server.</summary>
    public string ConnectionString => Provider == CatalogProvider.Postgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = PostgresDatabase }.ConnectionString
        : $"Data Source={DatabasePath}";

    /// <summary>The configuration a process of the program needs to open this catalog, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> CatalogEnvironment => new Dictionary<string, string>
    {
        ["Catalog__Provider"] = Provider.ToString().ToLowerInvariant(),
        ["ConnectionStrings__Catalog"] = ConnectionString,
    };

    // Named from the work directory, so a factory that reuses another's directory (a restarted API) opens its database.
    private string PostgresDatabase =>
        "goadoption_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(WorkDirectory)))[..16];

    private bool OwnsWorkDirectory { get; }

    /// <summary>Runs SQL on the catalog from outside the host, as another process would.</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = OpenOutside();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text, read from outside the host.</summary>
    public IReadOnlyList<string> Query(string sql)
    {
        using var connection = OpenOutside();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return rows;
    }

    /// <summary>Takes the catalog's import lock as another process importing into it would, until disposed.</summary>
    public async Task<IAsyncDisposable> HoldImportLockAsync()
    {
        if (Provider == CatalogProvider.Sqlite)
            return new FileStream(DatabasePath + "-import.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        // Advisory locks belong to a database: the one the host will create if it comes first.
        using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            server.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{PostgresDatabase}\"", server);
            create.ExecuteNonQuery();
        }
        var connection = OpenOutside();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT pg_advisory_lock({ImportLock.AdvisoryLockKey})";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private DbConnection OpenOutside()
    {
        DbConnection connection = Provider == CatalogProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(ConnectionString + ";Pooling=false");
        connection.Open();
        return connection;
    }

    /// <summary>Writes a document into the seeds folder.</summary>
    public void WriteSeed(string fileName, string content) => File.WriteAllText(Path.Combine(SeedsPath, fileName), content);

    public void WriteSeed(string fileName, byte[] content) => File.WriteAllBytes(Path.Combine(SeedsPath, fileName), content);

    /// <summary>Syncs the seeds folder as the startup import does, and returns its report.</summary>
    public async Task<GoAdoption.Api.Importing.ImportReport> SyncSeedsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoAdoption.Api.Importing.CatalogImporter>().SyncSeedsAsync();
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_waitForStartupImport)
            host.Services.GetRequiredService<GoAdoption.Api.Importing.StartupImport>().Completion.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Catalog:Provider"] = Provider.ToString().ToLowerInvariant(),
            ["ConnectionStrings:Catalog"] = ConnectionString,
            ["Catalog:SeedsPath"] = SeedsPath,
            ["Catalog:ImportOnStart"] = _importOnStart ? "true" : "false",
            ["Catalog:CurationPath"] = _curationPath,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Every test of a host is one client; the tests of the limits set their own.
            ["RateLimits:Burst"] = "100000",
            ["RateLimits:RequestsPerSecond"] = "100000",
        }).AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsWorkDirectory)
        {
            // Pooled connections keep the file open; release them before deleting it.
            SqliteConnection.ClearAllPools();
            if (Provider == CatalogProvider.Postgres)
                DropPostgresDatabase();
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a test over.
            }
        }
    }

    private void DropPostgresDatabase()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
