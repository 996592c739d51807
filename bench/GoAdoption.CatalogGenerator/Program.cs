using System.Diagnostics;
using System.Globalization;
using GoAdoption.Api.Data;
using GoAdoption.Api.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Builds a synthetic catalog for load tests in its own SQLite file: the API's migrations and domain taxonomy, then
// companies, projects, sources, aliases, use-cases, mentions and claims in bulk (one transaction per table, one prepared
// command per table). Usage:
//   dotnet run -c Release --project bench/GoAdoption.CatalogGenerator -- --out catalog-bench.db [--companies 100000] [--claims 1000000] [--seed 1]
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: GoAdoption.CatalogGenerator --out <file.db> [--companies N] [--claims N] [--seed N]");
    return 2;
}

var clock = Stopwatch.StartNew();
foreach (var suffix in new[] { "", "-wal", "-shm" })
    File.Delete(options.Out + suffix);
var connectionString = new SqliteConnectionStringBuilder { DataSource = options.Out, Pooling = false }.ToString();

await using (var db = new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite(connectionString).Options))
{
    await db.Database.MigrateAsync();
    await DomainSeeder.SeedAsync(db, CancellationToken.None);
}

await using (var connection = new SqliteConnection(connectionString))
{
    await connection.OpenAsync();
    await Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
    var generator = new CatalogGenerator(connection, options);
    await generator.WriteAsync();
    // Back to write-ahead logging, the mode the API creates its own catalog in: readers then never stat a rollback
    // journal or take a file lock per query, and a load test measures what the product does.
    await Execute(connection, "PRAGMA foreign_keys = ON; ANALYZE; PRAGMA journal_mode = WAL;");
}

// A version like any import's, so an API already serving this file notices the new catalog.
await using (var db = new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite(connectionString).Options))
    await CatalogVersion.BumpAsync(db, CancellationToken.None);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{options.Out}: {options.Companies:N0} companies, {options.Claims:N0} claims in {clock.Elapsed.TotalSeconds:F1} s, {new FileInfo(options.Out).Length / 1048576.0:F0} MiB"));
return 0;

static async Task Execute(SqliteConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await command.ExecuteNonQueryAsync();
}

internal sealed record GeneratorOptions(string Out, int Companies, int Claims, int Seed)
{
    // Ratios from the seeds: about 10 claims, 3 use-cases and 10 mentions per company, 50 claims per document.
    public int Projects => Math.Max(1, Companies / 10);
    public int Sources => Math.Max(1, Claims / 50);
    public int UseCases => Companies * 3;
    public int Mentions => Claims;

    public static GeneratorOptions? Parse(string[] args)
    {
        string? output = null;
        int companies = 100_000, claims = 1_000_000, seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--out": output = value; break;
                case "--companies" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: companies = n; break;
                case "--claims" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: claims = n; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var n): seed = n; break;
                default: return null;
            }
        }
        return output is null || args.Length % 2 != 0 ? null : new GeneratorOptions(Path.GetFullPath(output), companies, claims, seed);
    }
}
