using GoAdoption.Api.Data;

namespace GoAdoption.Api.Importing;

/// <summary>
/// Whether what the catalog derives from every document at once (claims' cross-source statuses, the search rows of
/// companies and projects, the catalog version) still has to be rebuilt. Each change to a document's facts marks it in
/// the change's own transaction, and the rebuild clears it in its last one: a process killed between the two leaves the
/// mark, and the next import or start rebuilds, so a crash at any point is repaired by one more run.
/// </summary>
internal static class DerivedState
{
    private const string Key = "derived";
    private const string Stale = "stale";
    private const string Fresh = "fresh";

    /// <summary>Marks the derived state stale; called inside the transaction that changes a document's facts or status.</summary>
    public static Task MarkStaleAsync(CatalogDbContext db, CancellationToken cancellationToken) => SetAsync(db, Stale, cancellationToken);

    /// <summary>Marks it rebuilt; called inside the transaction that writes the new catalog version.</summary>
    public static Task MarkFreshAsync(CatalogDbContext db, CancellationToken cancellationToken) => SetAsync(db, Fresh, cancellationToken);

    public static async Task<bool> IsStaleAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        await db.StateAsync(Key, cancellationToken) == Stale;

    private static Task SetAsync(CatalogDbContext db, string value, CancellationToken cancellationToken) =>
        db.SetStateAsync(Key, value, cancellationToken);
}
