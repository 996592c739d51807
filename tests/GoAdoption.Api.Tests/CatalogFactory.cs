using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GoAdoption.Api.Tests;

/// <summary>
/// Hosts the API on its own temporary SQLite file and seeds folder, set through configuration as an operator
/// would. Disposing it deletes both.
/// </summary>
public sealed class CatalogFactory : WebApplicationFactory<Program>
{
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

    public string DatabasePath { get; }

    private bool OwnsWorkDirectory { get; }

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
            ["ConnectionStrings:Catalog"] = $"Data Source={DatabasePath}",
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
}
