namespace GoAdoption.Api.Features.Common;

/// <summary>
/// The reads of one list: a page, the total, and every row in order. A list's controller, its export and the
/// command line all reach its rows through this, so they answer the same rows in the same order; how the rows are
/// read (EF Core, hand-written SQL, a snapshot in memory) is the implementation's business.
/// </summary>
/// <typeparam name="TFilter">The list's filter and sort; validation has run before.</typeparam>
/// <typeparam name="TItem">One row as the list answers it.</typeparam>
public interface IListReads<in TFilter, TItem>
    where TFilter : ListQuery
{
    /// <summary>The rows [skip, skip + take) in the filter's sort order.</summary>
    Task<IReadOnlyList<TItem>> PageAsync(TFilter filter, int skip, int take, CancellationToken cancellationToken);

    /// <summary>How many rows the filter selects.</summary>
    Task<int> CountAsync(TFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Every row in sort order, read as the caller enumerates (exports of any size); cancelled through the
    /// enumeration's token (<c>WithCancellation</c>), as EF Core's streams are.
    /// </summary>
    IAsyncEnumerable<TItem> StreamAsync(TFilter filter);
}
