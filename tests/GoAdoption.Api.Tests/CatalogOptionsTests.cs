using GoAdoption.Api.Importing;

namespace GoAdoption.Api.Tests;

/// <summary>A connection string that does not fit the chosen store stops the start with the key and the reason.</summary>
public sealed class CatalogOptionsTests
{
    [Theory]
    [InlineData(CatalogProvider.Postgres, "Data Source=catalog.db", "PostgreSQL")]
    [InlineData(CatalogProvider.Postgres, "Database=goadoption", "must name a PostgreSQL host")]
    [InlineData(CatalogProvider.Sqlite, "Host=db;Database=goadoption", "SQLite")]
    public void A_connection_string_for_the_other_store_fails_validation_naming_the_key(CatalogProvider provider, string connectionString, string reason)
    {
        var result = new ValidateCatalogOptions().Validate(null, new CatalogOptions { Provider = provider, ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("ConnectionStrings:Catalog", StringComparison.Ordinal) && f.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_postgres_connection_string_with_a_host_passes()
    {
        var options = new CatalogOptions { Provider = CatalogProvider.Postgres, ConnectionString = "Host=db;Database=goadoption;Username=api" };

        Assert.True(new ValidateCatalogOptions().Validate(null, options).Succeeded);
    }
}
