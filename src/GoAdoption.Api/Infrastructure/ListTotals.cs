using GoAdoption.Api.Features.Common;
using Microsoft.Extensions.Caching.Memory;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// The <c>total</c> of each list, remembered per list, filter and catalog version. A total is a pure function of the
/// filter and the catalog's contents, and every import that changes the contents changes the version, so a remembered
/// total is never stale; counting it afresh on every page was most of a filtered page's database time. Pages themselves
/// are still queried on every request the output cache misses, so such a request still reads the catalog afresh.
/// </summary>
public sealed class ListTotals : IDisposable
{
    // Filters include free text, so the set of keys is unbounded; a bounded cache keeps memory flat under any traffic.
    private const int MaxEntries = 10_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly CatalogVersion _version;
    private readonly CatalogTelemetry _telemetry;

    public ListTotals(CatalogVersion version, CatalogTelemetry telemetry) => (_version, _telemetry) = (version, telemetry);

    /// <summary>The total of <paramref name="list"/> under <paramref name="filter"/>, counted only when not yet known for this version.</summary>
    /// <param name="list">What the filter applies to: the request path, which names the list and any route scope.</param>
    /// <param name="filter">The bound filter; paging and sort do not change a total and are left out of the key.</param>
    /// <param name="count">Counts the matches.</param>
    /// <param name="cancellationToken">Aborts the count.</param>
    public async Task<int> GetAsync(string list, ListQuery filter, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(count);
        // Read before counting: if an import lands meanwhile, the count is filed under the older version, which no
        // request asks for once the new version is known.
        var key = new Key(list, _version.Current, filter with { Page = 1, PageSize = 1, Sort = null });
        var hit = _cache.TryGetValue(key, out int total);
        _telemetry.CacheLookup("list_totals", hit);
        if (hit)
            return total;
        total = await count(cancellationToken);
        _cache.Set(key, total, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return total;
    }

    public void Dispose() => _cache.Dispose();

    // ListQuery and its filters are records, so the key compares filters by value.
    private sealed record Key(string List, string Version, ListQuery Filter);
}
