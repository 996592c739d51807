using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Search;
using GoAdoption.Api.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Builds a synthetic catalog for load tests: the API's migrations and domain taxonomy, then companies, projects,
// sources, aliases, use-cases, mentions, passages and claims in bulk, then the search rows of all of them, as an import
// would leave them. Into its own SQLite file (--out), or into a PostgreSQL database (--postgres, an Npgsql connection
// string; the database is dropped and created). Usage:
//   dotnet run -c Release --project bench/GoAdoption.CatalogGenerator -- --out catalog-bench.db [--companies 100000] [--claims 1000000] [--seed 1]
//   dotnet run -c Release --project bench/GoAdoption.CatalogGenerator -- --postgres "Host=…;Database=bench" [--companies …]
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: GoAdoption.CatalogGenerator (--out <file.db> | --postgres <connection string>) [--companies N] [--claims N] [--seed N]");
    return 2;
}

var clock = Stopwatch.StartNew();
string connectionString;
if (options.Postgres is { } postgres)
{
    connectionString = postgres;
    var database = new NpgsqlConnectionStringBuilder(postgres).Database ?? throw new ArgumentException("--postgres must name a Database.");
    await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false }.ConnectionString);
    await server.OpenAsync();
    var name = new NpgsqlCommandBuilder().QuoteIdentifier(database);
    await Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    await Execute(server, $"CREATE DATABASE {name}");
}
else
{
    foreach (var suffix in new[] { "", "-wal", "-shm" })
        File.Delete(options.Out! + suffix);
    connectionString = new SqliteConnectionStringBuilder { DataSource = options.Out, Pooling = false }.ToString();
}

CatalogDbContext Context() => options.Postgres is null
    ? new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite(connectionString).Options)
    : new PostgresCatalogDbContext(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql(connectionString).Options);

await using (var db = Context())
{
    await db.Database.MigrateAsync();
    await DomainSeeder.SeedAsync(db, CancellationToken.None);
}

await using (DbConnection connection = options.Postgres is null ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString))
{
    await connection.OpenAsync();
    if (connection is SqliteConnection)
        await Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
    var generator = new CatalogGenerator(connection, options);
    await generator.WriteAsync();
}

await using (var db = Context())
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
    var indexing = Stopwatch.StartNew();
    await SearchIndexer.IndexAllSourcesAsync(db, CancellationToken.None);
    await SearchIndexer.IndexEntitiesAsync(db, CancellationToken.None);
    var rows = await db.SearchEntries.CountAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"SearchEntries",-16} {rows,10:N0} rows  {indexing.Elapsed.TotalSeconds,6:F1} s"));
    // Back to write-ahead logging, the mode the API creates its own catalog in: readers then never stat a rollback
    // journal or take a file lock per query, and a load test measures what the product does.
    // On PostgreSQL, VACUUM also merges what COPY left in the trigram indexes' pending lists, as autovacuum would soon.
    await db.Database.ExecuteSqlRawAsync(options.Postgres is null ? "PRAGMA foreign_keys = ON; ANALYZE; PRAGMA journal_mode = WAL;" : "VACUUM ANALYZE");
    // A version like any import's, so an API already serving this catalog notices the new one.
    await CatalogVersion.BumpAsync(db, CancellationToken.None);
}

var where = options.Postgres is null
    ? string.Create(CultureInfo.InvariantCulture, $"{options.Out} ({new FileInfo(options.Out!).Length / 1048576.0:F0} MiB)")
    : "PostgreSQL";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{where}: {options.Companies:N0} companies, {options.Claims:N0} claims in {clock.Elapsed.TotalSeconds:F1} s"));
return 0;

static async Task Execute(DbConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await command.ExecuteNonQueryAsync();
}

internal sealed record GeneratorOptions(string? Out, string? Postgres, int Companies, int Claims, int Seed)
{
    // Ratios from the seeds: about 10 claims, 3 use-cases and 10 mentions per company, 50 claims per document.
    public int Projects => Math.Max(1, Companies / 10);
    public int Sources => Math.Max(1, Claims / 50);
    public int UseCases => Companies * 3;
    public int Mentions => Claims;

    public static GeneratorOptions? Parse(string[] args)
    {
        string? output = null, postgres = null;
        int companies = 100_000, claims = 1_000_000, seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--out": output = value; break;
                case "--postgres": postgres = value; break;
                case "--companies" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: companies = n; break;
                case "--claims" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: claims = n; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var n): seed = n; break;
                default: return null;
            }
        }
        return (output is null) == (postgres is null) || args.Length % 2 != 0
            ? null
            : new GeneratorOptions(output is null ? null : Path.GetFullPath(output), postgres, companies, claims, seed);
    }
}
