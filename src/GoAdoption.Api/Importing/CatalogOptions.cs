using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoAdoption.Api.Importing;

/// <summary>Where the catalog lives and what it imports; bound from <c>Catalog</c> and <c>ConnectionStrings:Catalog</c>.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Folder of documents; a relative path is looked up from the content root, then from its parents.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>
    /// The operator's curation file (YAML: aliases, merges, names that are not companies or projects, websites, countries,
    /// domains, parents), applied on every import; empty for none. A relative path is looked up like <see cref="SeedsPath"/>.
    /// </summary>
    public string? CurationPath { get; set; }

    /// <summary>Sync the seeds folder into the catalog when the API starts.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>
    /// How often the API rereads the catalog version, to notice an import made by another process (the <c>import</c>
    /// command) into its database; 0 turns polling off.
    /// </summary>
    public int VersionPollSeconds { get; set; } = 5;

    /// <summary>
    /// How long an import (the <c>import</c> command, or a document sent over HTTP) waits for another one writing the
    /// catalog before it gives up and says so (see <see cref="ImportLock"/>).
    /// </summary>
    public int ImportWaitSeconds { get; set; } = 30;

    /// <summary>
    /// Which database holds the catalog: <c>sqlite</c> (the default, one file beside the API) or <c>postgres</c>, for
    /// several API instances over one shared database.
    /// </summary>
    public CatalogProvider Provider { get; set; } = CatalogProvider.Sqlite;

    /// <summary>
    /// <c>ConnectionStrings:Catalog</c>: a SQLite connection string (a relative data source is placed under the content
    /// root), or an Npgsql one when <see cref="Provider"/> is <c>postgres</c>.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=catalog.db";

    /// <summary>How large one document may be (<c>Catalog:Limits:MaxBytes</c>, <c>MaxLines</c>, <c>MaxLineLength</c>, <c>MaxTableColumns</c>, <c>MaxNesting</c>, <c>MaxFacts</c>, <c>MaxSeconds</c>).</summary>
    public GoAdoption.Ingest.DocumentLimits Limits { get; set; } = new();
}

/// <summary>The database that holds the catalog (<c>Catalog:Provider</c>).</summary>
public enum CatalogProvider
{
    /// <summary>One SQLite file beside the API: nothing to install, one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by any number of API instances.</summary>
    Postgres,
}

/// <summary>Makes the configured paths absolute, so a relative path means the same from any working directory.</summary>
internal sealed class ResolveCatalogPaths(IHostEnvironment environment) : IPostConfigureOptions<CatalogOptions>
{
    public void PostConfigure(string? name, CatalogOptions options)
    {
        options.SeedsPath = ResolveSeedsPath(options.SeedsPath, environment.ContentRootPath);
        if (!string.IsNullOrWhiteSpace(options.CurationPath))
            options.CurationPath = ResolveFile(options.CurationPath, environment.ContentRootPath);
        if (options.Provider == CatalogProvider.Sqlite)
            options.ConnectionString = ResolveDataSource(options.ConnectionString, environment.ContentRootPath);
    }

    private static string ResolveSeedsPath(string path, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path))
            return path;
        // The API runs from its project folder in development and from the publish folder in a container; the seeds
        // sit at the repository root in the first case and beside the binaries in the second.
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate))
                return Path.GetFullPath(candidate);
        }
        return Path.GetFullPath(Path.Combine(contentRoot, path));
    }

    private static string ResolveFile(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
            return path;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate))
                return Path.GetFullPath(candidate);
        }
        return Path.GetFullPath(Path.Combine(contentRoot, path));
    }

    private static string ResolveDataSource(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            return connectionString; // reported by the validator
        }
        var dataSource = builder.DataSource;
        if (dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            || Path.IsPathRooted(dataSource))
            return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        return builder.ToString();
    }
}

internal sealed class ValidateCatalogOptions : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SeedsPath))
            failures.Add("Catalog:SeedsPath must name a folder.");
        if (options.VersionPollSeconds < 0)
            failures.Add("Catalog:VersionPollSeconds must be 0 (off) or a number of seconds.");
        if (options.ImportWaitSeconds < 0)
            failures.Add("Catalog:ImportWaitSeconds must be 0 (never wait) or a number of seconds.");
        if (!(options.Limits.MaxSeconds > 0))
            failures.Add("Catalog:Limits:MaxSeconds must be a positive number of seconds.");
        foreach (var (key, value) in new[]
                 {
                     ("MaxBytes", options.Limits.MaxBytes), ("MaxLines", options.Limits.MaxLines),
                     ("MaxLineLength", options.Limits.MaxLineLength), ("MaxTableColumns", options.Limits.MaxTableColumns),
                     ("MaxNesting", options.Limits.MaxNesting), ("MaxFacts", options.Limits.MaxFacts),
                 })
        {
            if (value < 1)
                failures.Add($"Catalog:Limits:{key} must be a positive number.");
        }
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("ConnectionStrings:Catalog must be set.");
        }
        else if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Catalog:Provider must be sqlite or postgres.");
        }
        else if (options.Provider == CatalogProvider.Postgres)
        {
            try
            {
                if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(options.ConnectionString).Host))
                    failures.Add("ConnectionStrings:Catalog must name a PostgreSQL host (Host=…).");
            }
            catch (ArgumentException e)
            {
                failures.Add($"ConnectionStrings:Catalog is not a valid PostgreSQL connection string: {e.Message}");
            }
        }
        else
        {
            try
            {
                if (new SqliteConnectionStringBuilder(options.ConnectionString).DataSource.Length == 0)
                    failures.Add("ConnectionStrings:Catalog must name a data source.");
            }
            catch (ArgumentException e)
            {
                failures.Add($"ConnectionStrings:Catalog is not a valid SQLite connection string: {e.Message}");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
