using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Infrastructure;

namespace GoAdoption.Api.Data.Reading;

/// <summary>What the hot reads keep in memory for one catalog version: the company lists and the references of claims.</summary>
public sealed record CatalogSnapshot(CompanySnapshot Companies, CatalogReferences References);

/// <summary>
/// The <see cref="CatalogSnapshot"/> of the current catalog version. It is read once per version, on the first request
/// after an import changed the catalog, and replaced whole, so a list never mixes two versions. Filtering companies by
/// domain and country through SQL walked every company of the country in name order and probed its domains:
/// milliseconds per page on a large catalog.
/// </summary>
public sealed class CatalogSnapshots(PreparedConnections connections, CatalogVersion version)
{
    private readonly Lock _gate = new();
    private string? _version;
    private Task<CatalogSnapshot>? _snapshot;

    /// <summary>The companies <paramref name="filter"/> selects, in its sort order, from the current version.</summary>
    public async Task<IReadOnlyList<CompanySummary>> FindCompaniesAsync(CompanyFilter filter, string? domainScope = null) =>
        (await CurrentAsync()).Companies.Find(filter, domainScope);

    public Task<CatalogSnapshot> CurrentAsync()
    {
        // Keyed by the version seen before reading: if an import commits during the read, the snapshot may already
        // hold its rows, and the version change it announces makes the next request read again.
        var wanted = version.Current;
        lock (_gate)
        {
            if (_snapshot is null || _version != wanted || _snapshot.IsFaulted || _snapshot.IsCanceled)
            {
                _version = wanted;
                _snapshot = Task.Run(() => connections.Use(CatalogSnapshotLoader.Load));
            }
            return _snapshot;
        }
    }
}
