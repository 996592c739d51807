namespace GoAdoption.Api.Tests;

/// <summary>
/// A test of what only the SQLite store has (its file, its write-ahead log, a read-only mount, VACUUM INTO): skipped, and
/// reported as skipped, when the run is on PostgreSQL.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (CatalogFactory.Provider != GoAdoption.Api.Importing.CatalogProvider.Sqlite)
            Skip = "Tests the SQLite file itself; this run is on PostgreSQL.";
    }
}

/// <summary>A <see cref="SqliteFactAttribute"/> with data.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (CatalogFactory.Provider != GoAdoption.Api.Importing.CatalogProvider.Sqlite)
            Skip = "Tests the SQLite file itself; this run is on PostgreSQL.";
    }
}

/// <summary>A test of what only the PostgreSQL store does (notifications between instances): skipped on a SQLite run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (CatalogFactory.Provider != GoAdoption.Api.Importing.CatalogProvider.Postgres)
            Skip = "Tests PostgreSQL; this run is on SQLite (GOADOPTION_TEST_PROVIDER=postgres runs it).";
    }
}
