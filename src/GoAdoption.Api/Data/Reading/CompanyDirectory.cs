using GoAdoption.Api.Contracts;
using GoAdoption.Api.Infrastructure;

namespace GoAdoption.Api.Data.Reading;

/// <summary>
/// The company lists (filtered, sorted, paged, exported), answered from a <see cref="CompanySnapshot"/> of the current
/// catalog version. The snapshot is read once per version, on the first request after an import changed the catalog,
/// and replaced whole, so a list never mixes two versions. Filtering by domain and country through SQL walked every
/// company of the country in name order and probed its domains: milliseconds per page on a large catalog.
/// </summary>
public sealed class CompanyDirectory(PreparedConnections connections, CatalogVersion version)
{
    private readonly Lock _gate = new();
    private string? _version;
    private Task<CompanySnapshot>? _snapshot;

    /// <summary>The companies <paramref name="filter"/> selects, in its sort order, from the current version.</summary>
    public async Task<IReadOnlyList<CompanySummary>> FindAsync(CompanyFilter filter, string? domainScope = null) =>
        (await SnapshotAsync()).Find(filter, domainScope);

    internal Task<CompanySnapshot> SnapshotAsync()
    {
        // Keyed by the version seen before reading: if an import commits during the read, the snapshot may already
        // hold its rows, and the version change it announces makes the next request read again.
        var wanted = version.Current;
        lock (_gate)
        {
            if (_snapshot is null || _version != wanted || _snapshot.IsFaulted || _snapshot.IsCanceled)
            {
                _version = wanted;
                _snapshot = Task.Run(() => connections.Use(CompanySnapshotLoader.Load));
            }
            return _snapshot;
        }
    }
}
