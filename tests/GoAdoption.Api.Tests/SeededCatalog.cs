namespace GoAdoption.Api.Tests;

/// <summary>
/// One API over the repository's seeds (Development, as WebApplicationFactory runs by default) and one empty API in
/// Production, shared by every read-only test so the seeds are imported once per run.
/// </summary>
public sealed class SeededCatalog : IAsyncLifetime
{
    public CatalogFactory Seeded { get; } = new(TestPaths.Seeds);

    public CatalogFactory Production { get; } = new(environment: "Production");

    public HttpClient Client { get; private set; } = null!;

    public HttpClient ProductionClient { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Seeded.CreateClient();
        ProductionClient = Production.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        ProductionClient.Dispose();
        await Seeded.DisposeAsync();
        await Production.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededCatalogGroup : ICollectionFixture<SeededCatalog>
{
    public const string Name = "seeded catalog";
}
